/** The Frictionless Data JavaScript library ships no types; the tests use this much of it. */
declare module 'datapackage' {
  export interface FrictionlessResource {
    name: string;
    valid: boolean;
    errors: Error[];
    descriptor: Record<string, unknown>;
    read(options?: { keyed?: boolean; cast?: boolean; forceCast?: boolean }): Promise<(Record<string, unknown> | Error)[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: FrictionlessResource[];
    descriptor: Record<string, unknown>;
  }
}
