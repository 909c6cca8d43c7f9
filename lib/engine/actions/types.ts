/** An engine object a mutation touched, by full id and name (what the UI and the audit line show). */
export interface ObjectRef {
  id: string;
  name: string;
}
