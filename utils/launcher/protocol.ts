/** Messages of the launcher capability (see utils/messaging/protocol.ts). */
export interface LauncherProtocol {
  /** Open a tool the way the configuration says (through the ESN launch route when there is one). */
  launchTool(data: { toolId: string; disposition: 'newTab' | 'currentTab' | 'backgroundTab' | 'newWindow' }): void;
}
