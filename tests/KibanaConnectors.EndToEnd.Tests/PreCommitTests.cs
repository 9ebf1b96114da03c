using System;
using System.Collections.Generic;
using System.IO;
using Xunit;

namespace KibanaConnectors.EndToEnd.Tests
{
    /// <summary>
    /// The repository's pre-commit hooks (.pre-commit-hooks.yaml), run by the real pre-commit on a scratch git repository,
    /// with the packed tool installed and on PATH as the hook's language: system needs.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class PreCommitTests
    {
        private readonly PackageFixture _package;

        public PreCommitTests(PackageFixture package) => _package = package;

        [PreCommitFact]
        public void A_commit_with_a_broken_connector_file_is_refused_with_its_place_and_goes_through_once_fixed()
        {
            var (root, env) = Scratch("pre-commit");

            // The hook repository as pre-commit clones it: a git repository holding this repository's hook file.
            var hooks = Path.Combine(root, "hooks");
            Directory.CreateDirectory(hooks);
            File.Copy(Path.Combine(PackageFixture.RepositoryRoot, ".pre-commit-hooks.yaml"), Path.Combine(hooks, ".pre-commit-hooks.yaml"));
            Git(hooks, env, "init -q");
            Git(hooks, env, "add .pre-commit-hooks.yaml");
            Git(hooks, env, "commit -q -m hooks");
            var rev = Git(hooks, env, "rev-parse HEAD").Trim();

            var project = Path.Combine(root, "project");
            Directory.CreateDirectory(Path.Combine(project, "deploy"));
            Git(project, env, "init -q");
            File.WriteAllText(Path.Combine(project, ".pre-commit-config.yaml"), $"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n      - id: kibana-connectors\n");
            Run(project, env, "pre-commit", "install");

            // Files the hook does not check do not run it.
            File.WriteAllText(Path.Combine(project, "notes.yml"), "not: [a, kibana, file\n");
            Git(project, env, "add .pre-commit-config.yaml notes.yml");
            var unrelated = Command.Run("git", project, "commit -m unrelated", environment: env);
            Assert.True(unrelated.ExitCode == 0, unrelated.Output);
            Assert.Contains("Kibana connectors...", unrelated.Output);
            Assert.Contains("(no files to check)Skipped", unrelated.Output);

            File.WriteAllText(Path.Combine(project, "deploy", "kibana.yml"), SettingsFiles.Broken);
            Git(project, env, "add deploy/kibana.yml");
            var refused = Command.Run("git", project, "commit -m broken", environment: env);
            Assert.True(refused.ExitCode == 1, refused.Output);
            Assert.Contains("- hook id: kibana-connectors", refused.Output);
            Assert.Contains("deploy/kibana.yml:8:19: error KC0102: Connector 'hook': actionTypeId '.webhok' is not a connector type Kibana registers", refused.Output);
            Assert.Contains("1 error, 0 warnings in 1 file (2 connectors).", refused.Output);
            Assert.Equal("unrelated", Git(project, env, "log -1 --format=%s").Trim());

            File.WriteAllText(Path.Combine(project, "deploy", "kibana.yml"), SettingsFiles.Fixed);
            Git(project, env, "add deploy/kibana.yml");
            var accepted = Command.Run("git", project, "commit -m fixed", environment: env);
            Assert.True(accepted.ExitCode == 0, accepted.Output);
            Assert.Matches(@"Kibana connectors\.+Passed", accepted.Output);
            Assert.Equal("fixed", Git(project, env, "log -1 --format=%s").Trim());
        }

        // pre-commit try-repo on this repository itself, as a user tries a hook before adding it to a configuration.
        [PreCommitFact]
        public void Try_repo_runs_the_hook_of_this_repository_on_the_files_of_another()
        {
            var (root, env) = Scratch("try-repo");
            var project = Path.Combine(root, "project");
            Directory.CreateDirectory(project);
            Git(project, env, "init -q");
            File.WriteAllText(Path.Combine(project, "kibana.yml"), SettingsFiles.Broken);
            File.WriteAllText(Path.Combine(project, "ops.connectors.yml"), "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .slack\n    name: Ops\n    secrets:\n      webhookUrl: ${OPS_SLACK_URL}\n");
            Git(project, env, "add kibana.yml ops.connectors.yml");

            // Both files in one run: the id pd defined in each is one set's duplicate.
            var failed = Command.Run("pre-commit", project, $"try-repo \"{PackageFixture.RepositoryRoot}\" kibana-connectors --all-files", environment: env);
            Assert.True(failed.ExitCode == 1, failed.Output);
            Assert.Contains("kibana.yml:8:19: error KC0102", failed.Output);
            Assert.Contains("error KC0003: The connector id 'pd' is defined twice", failed.Output);

            File.WriteAllText(Path.Combine(project, "kibana.yml"), SettingsFiles.Fixed.Replace("  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: ${PD_KEY}\n", string.Empty));
            var passed = Command.Run("pre-commit", project, $"try-repo \"{PackageFixture.RepositoryRoot}\" kibana-connectors --all-files", environment: env);
            Assert.True(passed.ExitCode == 0, passed.Output);
            Assert.Matches(@"Kibana connectors\.+Passed", passed.Output);
        }

        // A folder of its own with the tool on PATH, pre-commit's cache inside it, and git with no user configuration
        // (a global core.hooksPath would stop pre-commit install) but an identity to commit with.
        private (string Root, Dictionary<string, string> Environment) Scratch(string name)
        {
            var tool = _package.InstallTool(_package.Feed, _package.Version);
            var root = Path.Combine(_package.Root, name);
            Directory.CreateDirectory(root);
            var gitConfig = Path.Combine(root, "gitconfig");
            File.WriteAllText(gitConfig, string.Empty);
            var env = new Dictionary<string, string>
            {
                ["PATH"] = Path.GetDirectoryName(tool) + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
                ["PRE_COMMIT_HOME"] = Path.Combine(root, "pre-commit-cache"),
                ["GIT_CONFIG_GLOBAL"] = gitConfig,
                ["GIT_CONFIG_NOSYSTEM"] = "1",
                ["GIT_AUTHOR_NAME"] = "KibanaConnectors tests",
                ["GIT_AUTHOR_EMAIL"] = "tests@example.com",
                ["GIT_COMMITTER_NAME"] = "KibanaConnectors tests",
                ["GIT_COMMITTER_EMAIL"] = "tests@example.com",
            };
            return (root, env);
        }

        private static string Git(string folder, Dictionary<string, string> env, string arguments) => Run(folder, env, "git", arguments);

        private static string Run(string folder, Dictionary<string, string> env, string program, string arguments)
        {
            var run = Command.Run(program, folder, arguments, environment: env);
            Assert.True(run.ExitCode == 0, $"{program} {arguments}:\n{run.Output}");
            return run.Output;
        }
    }

    /// <summary>Skipped, with how to run it, where pre-commit is not installed; KIBANACONNECTORS_REQUIRE_PRECOMMIT=1 (as .ci/run sets) makes that a failure.</summary>
    public sealed class PreCommitFactAttribute : FactAttribute
    {
        public PreCommitFactAttribute()
        {
            if (Environment.GetEnvironmentVariable("KIBANACONNECTORS_REQUIRE_PRECOMMIT") != "1" && !NeovimFactAttribute.OnPath("pre-commit"))
            {
                Skip = "pre-commit is not installed; to run it: apt-get install pre-commit (Debian's), then dotnet test (.ci/run does both)";
            }
        }
    }
}
