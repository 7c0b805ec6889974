// `cutover completion bash|zsh`: shell completion generated from the command definitions, so it
// never falls behind the CLI. Install: `source <(npx cutover completion bash)`.
import type { Command } from 'commander';
import { CutoverError, EXIT } from '../../exit-codes';

function words(program: Command): Record<string, string[]> {
  const table: Record<string, string[]> = { '': program.commands.map((c) => c.name()) };
  for (const c of program.commands) table[c.name()] = [...c.options.map((o) => o.long!).filter(Boolean), '--help'];
  return table;
}

function bash(program: Command): string {
  const cases = Object.entries(words(program))
    .filter(([cmd]) => cmd)
    .map(([cmd, opts]) => `    ${cmd}) opts="${opts.join(' ')}" ;;`)
    .join('\n');
  return `# cutover bash completion
_cutover() {
  local cur cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  cmd="\${COMP_WORDS[1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${words(program)[''].join(' ')} --help --version" -- "$cur"))
    return
  fi
  case "$cmd" in
${cases}
    *) opts="" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _cutover cutover
`;
}

function zsh(program: Command): string {
  return `#compdef cutover
autoload -U bashcompinit && bashcompinit
${bash(program)}`;
}

export function registerCompletionCommand(program: Command): void {
  program
    .command('completion')
    .description('print a shell completion script: source <(cutover completion bash)')
    .argument('<shell>', 'bash or zsh')
    .action((shell: string) => {
      if (shell === 'bash') process.stdout.write(bash(program));
      else if (shell === 'zsh') process.stdout.write(zsh(program));
      else throw new CutoverError(`unknown shell ${shell}: use bash or zsh`, EXIT.badInput);
    });
}
