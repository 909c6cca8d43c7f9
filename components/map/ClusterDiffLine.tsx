/**
 * What changed among a cluster's members since the snapshot, in words ("2 new · 1 removed"): at a
 * name's size and under its zoom class (za-name), so it stays legible as long as the cluster's name does.
 */
export default function ClusterDiffLine({ text }: { text: string }) {
  return (
    <div data-testid="cluster-diff" className="za-name truncate text-[14px] font-semibold leading-tight text-amber-900">
      {text}
    </div>
  );
}
