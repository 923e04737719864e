/** Options every analysis accepts. */
export interface RunOptions {
  /** Called with a fraction in [0, 1] and an optional note as the work advances. */
  onProgress?: (fraction: number, note?: string) => void;
}
