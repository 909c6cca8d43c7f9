'use client';
import { useActions } from './ActionsContext';
import Dialog, { DialogButton, DialogError } from './Dialog';

/**
 * What a dialog that did not load shows instead (see loadPart): the reason in words, its ✕ (or Escape) to
 * go on and a button to reload, not a page that stops working. For next/dynamic's loader: `load().catch(partNotLoaded)`.
 */
export function partNotLoaded(err: unknown) {
  const message = err instanceof Error ? err.message : String(err);
  return function PartNotLoadedDialog() {
    const { close } = useActions();
    return (
      <Dialog title="This dialog did not open" onClose={close} testId="part-not-loaded"
        footer={<DialogButton tone="primary" onClick={() => location.reload()}>Reload the page</DialogButton>}>
        <DialogError message={message} />
      </Dialog>
    );
  };
}
