/** The network doctor's findings: GET /api/diagnostics (docs/api.md). */

export type DiagnosticRule =
  | 'name_on_default_bridge' //      one refers to another by name, both on the default bridge
  | 'localhost_to_other' //          localhost / 127.0.0.1 used to reach another container
  | 'via_published_port' //          talks to another container through a host-published port
  | 'datastore_on_all_interfaces' // a database or cache port published on 0.0.0.0 / ::
  | 'host_port_conflict' //          could not start: host port already allocated
  | 'empty_network' //               a user-defined network with no containers
  | 'no_user_network' //             a running container on no user-defined network
  | 'frontend_reaches_datastore' //  in a frontend/backend split, a frontend container shares a network with a database
  | 'unprotected_gateway'; //        a nat-unprotected bridge (Engine 28 option) with running containers

export type Severity = 'error' | 'warning' | 'info';

export interface Subject {
  kind: 'container' | 'network';
  id: string;
  name: string;
}

/** A fix the dashboard can apply with one click: a sequence of network actions. */
export type FixStep =
  | { action: 'create-network'; name: string }
  | { action: 'connect'; network: string; container: string; aliases?: string[] }
  | { action: 'disconnect'; network: string; container: string }
  | { action: 'remove-network'; network: string };

export interface Diagnostic {
  rule: DiagnosticRule;
  /**
   * The engine (EngineEntry.id) the finding is about and where its fix runs: every rule reasons
   * within one engine, and the steps' names (`app`, `bridge`) mean that engine's networks.
   */
  engineId: string;
  severity: Severity;
  subjects: Subject[];
  /** What is wrong and why, naming the containers (never an environment value's secret part). */
  message: string;
  fix: {
    /** What to do, in words (and the CLI or compose change when it is not a network action). */
    text: string;
    /**
   * Present when the fix is network actions the dashboard can run (names, not ids: they may not
   * exist yet), all on the finding's engine ({@link Diagnostic.engineId}).
   */
    steps?: FixStep[];
  };
}
