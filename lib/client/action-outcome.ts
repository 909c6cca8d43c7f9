/** What a change reports when it worked: a sentence, and how to take it back when it can be. */
export interface ActionOutcome {
  text: string;
  undo?: { label: string; run: () => Promise<ActionOutcome> };
}
