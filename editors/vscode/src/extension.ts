// Starts the kibana-connectors language server for Kibana settings files.
import { workspace, ExtensionContext, window } from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

// The files the server reads: the names the build picks up by itself, and the deployment files (ECK manifests, Helm
// values) the user names, whose content tells the server how to read them.
function patterns(): string[] {
  const extra = workspace.getConfiguration("kibanaConnectors").get<string[]>("files") ?? [];
  return ["**/kibana.yml", "**/kibana.yaml", "**/*.connectors.yml", "**/*.connectors.yaml", ...extra];
}

function settings() {
  const config = workspace.getConfiguration("kibanaConnectors");
  return {
    kibanaVersion: config.get<string>("kibanaVersion") || undefined,
    license: config.get<string>("license") || undefined,
    mergeKeys: config.get<boolean>("mergeKeys"),
    elasticCloud: config.get<boolean>("elasticCloud"),
    keystore: config.get<string[]>("keystore") ?? [],
  };
}

export async function activate(context: ExtensionContext): Promise<void> {
  const command = workspace.getConfiguration("kibanaConnectors").get<string>("serverPath") || "kibana-connectors";
  const serverOptions: ServerOptions = { command, args: ["lsp"] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: patterns().map((pattern) => ({ scheme: "file", pattern })),
    initializationOptions: settings(),
    synchronize: {
      // The project config file changes what the server reports for the files below it.
      fileEvents: [...patterns(), "**/.kibana-connectors.yml", "**/.kibana-connectors.yaml"].map((pattern) => workspace.createFileSystemWatcher(pattern)),
    },
  };

  client = new LanguageClient("kibanaConnectors", "Kibana Connectors", serverOptions, clientOptions);
  context.subscriptions.push(
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("kibanaConnectors") && client) {
        void client.sendNotification("workspace/didChangeConfiguration", { settings: { kibanaConnectors: settings() } });
      }
    }),
  );

  try {
    await client.start();
  } catch (error) {
    void window.showErrorMessage(
      `Kibana Connectors could not start '${command} lsp': install the tool with 'dotnet tool install --global KibanaConnectors.Tool' ` +
        `(see docs/editors.md), or set kibanaConnectors.serverPath. ${error}`,
    );
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
