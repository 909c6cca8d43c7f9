/**
 * The tutorial's practice problems as labs (issue 16, docs/api.md "Labs"): pure data. A lab names
 * what it sets up, what the user must achieve (goals, each checked on the live engine) and the CLI
 * solution ("Show me how"). Everything here runs in the browser and on the server alike.
 */

/** The eight labs, in the tutorial's order. */
export const LAB_IDS = [
  'ping-by-name',
  'port-mapping',
  'bridge-vs-user',
  'backend-only',
  'multi-tier',
  'two-databases',
  'el-pipeline',
  'reverse-proxy',
] as const;
export type LabId = (typeof LAB_IDS)[number];

/** The label on everything a lab creates (`netatlas.lab=<id>`): Reset removes exactly that. */
export const LAB_LABEL = 'netatlas.lab';

/** What one goal asks of the engine. Every kind is checked on the live engine, never on the map alone. */
export type GoalCheck =
  /** A user-defined bridge network of this name exists. */
  | { kind: 'network'; network: string }
  /** The container runs and is attached to every one of `networks` (`only`: and to no other network). */
  | { kind: 'attached'; container: string; networks: string[]; only?: boolean }
  /**
   * A live probe from `from` to `to`: TCP to `port`, or a ping when `port` is null. `by` says what
   * must connect: `name` (B's container name, through the embedded DNS) or `ip` (any of B's addresses);
   * `expect: false` proves that nothing of B answers at all (no name resolves to a working path, no address).
   */
  | { kind: 'reach'; from: string; to: string; port: number | null; by: 'name' | 'ip'; expect: boolean }
  /** On the default bridge `from` cannot resolve `to`'s name (the probe's name lookup fails). */
  | { kind: 'no-name'; from: string; to: string }
  /**
   * A running container publishes its `containerPort`/tcp on host port `hostPort` (`loopback`: on
   * 127.0.0.1 only; `notWith`: and it is not the container that publishes that other host port).
   */
  | { kind: 'published'; containerPort: number; hostPort: number; loopback?: boolean; notWith?: number }
  /** From the engine's host, 127.0.0.1:`hostPort` accepts a TCP connection. */
  | { kind: 'host-port'; hostPort: number };

export interface LabGoal {
  id: string;
  /** The goal in plain words, as the panel lists it. */
  text: string;
  check: GoalCheck;
}

/** A container a lab's "Set me up" creates, on the default bridge, from the probe image. */
export interface LabContainer {
  name: string;
  /** Listens on this TCP port (busybox httpd), standing in for a database or a web service; else it sleeps. */
  listens?: number;
  /** What it stands for, in words ("PostgreSQL"). */
  role: string;
}

/** One step of the CLI solution: the command as shown, and the docker CLI arguments when it is one. */
export interface LabStep {
  text: string;
  /** `docker` arguments (no shell); absent for a step that is not a docker command (psql on the host). */
  docker?: string[];
}

export interface Lab {
  id: LabId;
  title: string;
  /** Which practice problem of the tutorial, e.g. "Beginner 1". */
  source: string;
  /** The goal in plain words: what to build and what it teaches. */
  summary: string;
  /** Created by "Set me up" (empty when the lab starts from nothing: ports are published at `docker run`). */
  setup: LabContainer[];
  goals: LabGoal[];
  /** The CLI solution, given the image the lab's containers run (the probe image: netatlas never pulls). */
  steps: (image: string) => LabStep[];
}

/** How one goal stands on the live engine, with the evidence in words. */
export interface GoalVerdict {
  id: string;
  met: boolean;
  evidence: string;
}

/** POST /api/labs/{id}/check. */
export interface LabCheck {
  id: LabId;
  done: boolean;
  goals: GoalVerdict[];
  /** When the check was made (ISO). */
  checkedAt: string;
}

/** GET /api/labs: one entry per lab. */
export interface LabSummary {
  id: LabId;
  title: string;
  source: string;
  summary: string;
  goals: Array<{ id: string; text: string }>;
  /** The containers "Set me up" creates (names), and the networks the goals name. */
  containers: string[];
  networks: string[];
  steps: LabStep[];
}
