/** What the popup needs to paint the news list. */
export interface NewsItemView {
  key: string;
  feedId: string;
  title: string;
  url?: string;
  publishedAt?: number;
  unread: boolean;
}

export interface NewsSlice {
  unreadCount: number;
  items: NewsItemView[];
}
