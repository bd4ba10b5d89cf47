// A server for the bench's children, in a process of its own: the bench waits on its children with spawnSync,
// which would stall a server running in the bench's own event loop. The script prints `ready <port>` once it
// listens, and stops on SIGTERM.
import { spawn } from 'node:child_process';

export interface ChildServer {
  readonly port: number;
  stop(): Promise<void>;
}

export const startChildServer = async (
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<ChildServer> => {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
    child.stdout
      .setEncoding('utf8')
      .once('data', (line: string) => resolve(Number(/ready (\d+)/.exec(line)?.[1])));
  });
  return {
    port,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
};
