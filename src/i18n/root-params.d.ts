// Next generates this module's types during a build; declared here too so a fresh clone type-checks.
declare module 'next/root-params' {
  export function locale(): Promise<string>
}
