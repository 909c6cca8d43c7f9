'use client';
import { useState } from 'react';
import { Section } from './Section';

/** The `docker` commands that show the same facts, with a copy button. */
export default function CliCommands({ commands }: { commands: string[] }) {
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <Section title="Same facts from the CLI">
      <ul className="space-y-1">
        {commands.map((cmd) => (
          <li key={cmd} className="flex items-start gap-2">
            <code data-testid="cli-command" className="flex-1 break-words whitespace-pre-wrap rounded bg-slate-900 px-2 py-1 font-mono text-xs text-slate-100">{cmd}</code>
            <button
              type="button"
              className="text-xs text-sky-700 underline"
              onClick={() => navigator.clipboard?.writeText(cmd).then(() => setCopied(cmd), () => setCopied(null))}
            >
              {copied === cmd ? 'copied' : 'copy'}
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}
