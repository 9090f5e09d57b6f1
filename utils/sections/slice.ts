/** What the popup needs of the relocated-sections index. */
export interface SectionsSlice {
  entryCount: number;
}
