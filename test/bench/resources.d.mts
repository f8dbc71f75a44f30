export interface ResourceWorkload {
  /** Folder name of the generated workload. */
  name: string;
  /** The issue 20 item it guards. */
  item: number;
  what: string;
  /** Relative path → text. */
  files(): Record<string, string>;
  /** Extra CLI arguments (after the folder). */
  args?: string[];
}
export declare const RESOURCE_WORKLOADS: ResourceWorkload[];
/** `n` Nacos services in one compose project whose identity values all differ (cluster rules fire on every one). */
export declare function mismatchedServices(n: number): string;
