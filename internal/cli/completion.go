package cli

import (
	"github.com/spf13/cobra"
)

const completionLong = `Completion prints a script that makes your shell complete whosaid's
commands, flags and their values: kinds, sorts, facets and formats, and the
names, roles and outlets in the index for --speaker, --role and --outlet.

Load it in the current shell, or save it where your shell looks:

  bash:        source <(whosaid completion bash)
               whosaid completion bash > /etc/bash_completion.d/whosaid
  zsh:         whosaid completion zsh > "${fpath[1]}/_whosaid"
  fish:        whosaid completion fish > ~/.config/fish/completions/whosaid.fish
  PowerShell:  whosaid completion powershell | Out-String | Invoke-Expression`

const completionExample = `  source <(whosaid completion bash)
  whosaid completion zsh > "${fpath[1]}/_whosaid"
  whosaid completion fish > ~/.config/fish/completions/whosaid.fish`

var shells = []string{"bash", "zsh", "fish", "powershell"}

func newCompletionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:       "completion SHELL",
		Short:     "Print a shell completion script (bash, zsh, fish, powershell)",
		Long:      completionLong,
		Example:   completionExample,
		ValidArgs: shells,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 || !contains(shells, args[0]) {
				return usagef("completion needs one SHELL: bash, zsh, fish or powershell")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(e.stdout, true)
			case "zsh":
				return root.GenZshCompletion(e.stdout)
			case "fish":
				return root.GenFishCompletion(e.stdout, true)
			default:
				return root.GenPowerShellCompletionWithDesc(e.stdout)
			}
		},
	}
}
