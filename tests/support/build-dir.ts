// Where the end-to-end tests' production build goes: several runs share one machine, each on its own port.
export function e2ePort(): number {
  return Number(process.env.E2E_PORT ?? 4173);
}

export function e2eBuildDir(port = e2ePort()): string {
  return port === 4173 ? 'dist' : `node_modules/.cache/dist-${port}`;
}
