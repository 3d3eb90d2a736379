using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace AiRace.Notebooks;

/// <summary>
/// Executes notebooks in Jupyter, the way an analyst's client does: nbconvert (nbclient) starts the .NET kernel — the
/// <c>Microsoft.dotnet-interactive</c> tool pinned in <c>.config/dotnet-tools.json</c>, listening on loopback only —
/// from a kernel spec written here, runs every cell and writes the executed notebook.
/// </summary>
public static class JupyterRunner
{
    /// <summary>The kernel spec's name: the one the notebooks' metadata names, so Jupyter picks it for them.</summary>
    public const string KernelName = ".net-csharp";

    private static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The Debian packages that provide Jupyter here (installed by <c>.ci/run</c>).</summary>
    public const string DebianPackages = "jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel";

    /// <summary>Writes the kernel spec of the pinned .NET kernel to <c>{folder}/kernels/.net-csharp/kernel.json</c>; point
    /// <c>JUPYTER_PATH</c> at <paramref name="folder"/> to use it. The kernel runs <c>dotnet tool run dotnet-interactive</c>
    /// in the notebook's folder, so the notebook must be inside this repository (where the tool manifest is).</summary>
    /// <param name="folder">The folder to use as JUPYTER_PATH.</param>
    /// <returns>The kernel.json path.</returns>
    public static string WriteKernelSpec(string folder)
    {
        string dir = Path.Combine(folder, "kernels", KernelName);
        Directory.CreateDirectory(dir);
        var spec = new
        {
            argv = new[] { "dotnet", "tool", "run", "dotnet-interactive", "--", "jupyter", "--default-kernel", "csharp", "--http-local-only", "{connection_file}" },
            display_name = ".NET (C#)",
            language = "C#",
            env = new Dictionary<string, string> { ["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
        };
        string path = Path.Combine(dir, "kernel.json");
        File.WriteAllText(path, JsonSerializer.Serialize(spec, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return path;
    }

    /// <summary>Finds <c>jupyter-nbconvert</c>.</summary>
    /// <returns>Its path.</returns>
    /// <exception cref="FileNotFoundException">Jupyter is not installed.</exception>
    public static string NbConvert()
    {
        foreach (string dir in new[] { "/usr/bin" }.Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)))
        {
            string candidate = Path.Combine(dir, "jupyter-nbconvert");
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"jupyter-nbconvert is not installed. On Debian: apt-get install {DebianPackages} (.ci/run installs them).");
    }

    /// <summary>Executes one notebook in Jupyter with the pinned .NET kernel; a failing cell is recorded in the executed
    /// notebook (its error output) and execution goes on, as the headless runner reports it.</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <param name="notebook">The notebook (inside the repository).</param>
    /// <param name="outputFolder">Where the executed copy goes.</param>
    /// <param name="jupyterPath">A folder holding the kernel spec (<see cref="WriteKernelSpec"/>).</param>
    /// <returns>The executed notebook, nbconvert's exit code, the time taken and its output.</returns>
    public static (ExecutedNotebook Notebook, int ExitCode, TimeSpan Elapsed, string Log) Execute(string repoRoot, string notebook, string outputFolder, string jupyterPath)
    {
        Directory.CreateDirectory(outputFolder);
        string name = Path.GetFileNameWithoutExtension(notebook);
        string output = Path.Combine(outputFolder, name + ".ipynb");
        if (File.Exists(output))
        {
            File.Delete(output);
        }

        string runtime = Directory.CreateTempSubdirectory("airace-jupyter-").FullName;
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["JUPYTER_PATH"] = jupyterPath,
                ["JUPYTER_RUNTIME_DIR"] = runtime,
                ["JUPYTER_DATA_DIR"] = Path.Combine(runtime, "data"),
                ["JUPYTER_CONFIG_DIR"] = Path.Combine(runtime, "config"),
                ["JUPYTER_PLATFORM_DIRS"] = "1",
                ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1",
            };
            ProcessRunner.Result r = ProcessRunner.Run(
                NbConvert(),
                new[]
                {
                    "--to", "notebook", "--execute", "--allow-errors",
                    "--ExecutePreprocessor.kernel_name=" + KernelName,
                    "--ExecutePreprocessor.timeout=" + ((int)CellTimeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "--ExecutePreprocessor.startup_timeout=300",
                    "--output-dir", outputFolder, "--output", name, Path.GetFullPath(notebook),
                },
                repoRoot,
                CellTimeout * 3,
                environment);
            if (!File.Exists(output))
            {
                throw new InvalidOperationException($"Jupyter wrote no executed notebook for {notebook} (exit code {r.ExitCode}):\n{r.Output}");
            }

            return (ExecutedNotebook.Load(output), r.ExitCode, r.Elapsed, r.Output);
        }
        finally
        {
            Directory.Delete(runtime, recursive: true);
        }
    }
}
