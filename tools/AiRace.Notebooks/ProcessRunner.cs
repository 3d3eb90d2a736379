using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace AiRace.Notebooks;

/// <summary>Runs a child process to completion, capturing its output.</summary>
public static class ProcessRunner
{
    /// <summary>The result of a process run.</summary>
    /// <param name="ExitCode">The exit code.</param>
    /// <param name="Output">Standard output and standard error, interleaved as received.</param>
    /// <param name="Elapsed">How long it ran.</param>
    public sealed record Result(int ExitCode, string Output, TimeSpan Elapsed);

    /// <summary>Runs <paramref name="fileName"/> with arguments in a working directory.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">Its arguments, passed without shell interpretation.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="timeout">How long it may run before it is killed.</param>
    /// <param name="environment">Environment variables to set for it (beside the inherited ones), or null.</param>
    /// <returns>The exit code and output.</returns>
    /// <exception cref="TimeoutException">It ran longer than <paramref name="timeout"/>.</exception>
    public static Result Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["NO_COLOR"] = "1";
        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var output = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{fileName} {string.Join(' ', info.ArgumentList)}' did not finish within {timeout.TotalSeconds:0} s.");
        }

        process.WaitForExit();
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString(), watch.Elapsed);
        }
    }
}
