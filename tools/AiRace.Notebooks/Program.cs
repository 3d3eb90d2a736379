using System;
using System.IO;
using System.Linq;
using AiRace.Notebooks;

// The main job: dotnet run --project tools/AiRace.Notebooks -c Release
string root = NotebookJob.FindRepoRoot(args.Length > 0 ? args[0] : Directory.GetCurrentDirectory());
NotebookJob.Result result = NotebookJob.Run(root, Console.Out);
Console.WriteLine($"report: {Path.GetRelativePath(root, result.IndexPath)}; executed notebooks: artifacts/notebooks/");
Console.WriteLine($"{result.Entries.Count(e => e.Succeeded)} of {result.Entries.Count} notebooks ran without errors; {result.Entries.Sum(e => e.Elapsed.TotalSeconds):0.0} s executing.");
return result.Succeeded ? 0 : 1;
