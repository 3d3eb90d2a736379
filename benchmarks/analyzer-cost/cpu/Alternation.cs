using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// Two builds of the analyzers run alternately in one process on clones of one compilation: each build's thread CPU,
/// allocation and diagnostics per compilation, and the difference pair by pair.
/// </summary>
internal static class Alternation
{
    public static async Task<int> RunAsync(Compilation compilation, CompilationWithAnalyzersOptions options, string firstPath, string secondPath, int pairs)
    {
        var builds = new[]
        {
            Load("A", firstPath),
            Load("B", secondPath),
        };

        var cpu = new[] { new List<double>(), new List<double>() };
        var bytes = new[] { new List<long>(), new List<long>() };
        var found = new string[2];
        for (int round = 0; round <= pairs; round++)
        {
            // round 0 JIT-compiles both builds (reported apart); then the order alternates pair by pair
            for (int k = 0; k < 2; k++)
            {
                int b = round % 2 == 0 ? k : 1 - k;
                var diagnostics = await compilation.Clone().WithAnalyzers(builds[b].Analyzers, options).GetAnalyzerDiagnosticsAsync();
                double ms = builds[b].Counter.TakeNanoseconds() / 1e6;
                long allocated = builds[b].Counter.TakeBytes();
                builds[b].Counter.TakeCalls();
                string summary = string.Join(";", diagnostics.Select(d => d.Id + "@" + d.Location.GetLineSpan()).Order(StringComparer.Ordinal));
                if (found[b] is null)
                {
                    found[b] = summary;
                }
                else if (found[b] != summary)
                {
                    Console.Error.WriteLine($"build {builds[b].Name} reported different diagnostics in round {round}");
                    return 1;
                }

                if (round == 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first compilation, build {builds[b].Name}: {ms:F0} ms, {allocated / 1024:N0} KiB"));
                    continue;
                }

                cpu[b].Add(ms);
                bytes[b].Add(allocated);
            }

            if (round > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"pair {round} ({(round % 2 == 0 ? "A first" : "B first")}): A {cpu[0][^1]:F0} ms, B {cpu[1][^1]:F0} ms, B-A {cpu[1][^1] - cpu[0][^1]:F0} ms; A {bytes[0][^1] / 1024:N0} KiB, B {bytes[1][^1] / 1024:N0} KiB"));
            }
        }

        var differences = cpu[1].Zip(cpu[0], (b, a) => b - a).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"A = {firstPath}; B = {secondPath}; diagnostics {(found[0] == found[1] ? "the same" : "DIFFERENT")} ({found[0]?.Split(';', StringSplitOptions.RemoveEmptyEntries).Length ?? 0} and {found[1]?.Split(';', StringSplitOptions.RemoveEmptyEntries).Length ?? 0})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"thread CPU per compilation over {pairs} pairs: A median {Median(cpu[0]):F0} ms ({cpu[0].Min():F0}-{cpu[0].Max():F0}), B median {Median(cpu[1]):F0} ms ({cpu[1].Min():F0}-{cpu[1].Max():F0}); B-A per pair median {Median(differences):F0} ms (quartiles {Quartile(differences, 1):F0} to {Quartile(differences, 3):F0}), B lower in {differences.Count(d => d < 0)} of {pairs}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"allocated per compilation: A median {Median(bytes[0].Select(x => (double)x).ToList()) / 1024:N0} KiB, B median {Median(bytes[1].Select(x => (double)x).ToList()) / 1024:N0} KiB"));
        return found[0] == found[1] ? 0 : 1;
    }

    private static double Median(List<double> values) => Quartile(values, 2);

    private static double Quartile(List<double> values, int quarter)
    {
        var sorted = values.Order().ToList();
        double at = (sorted.Count - 1) * quarter / 4.0;
        int low = (int)Math.Floor(at);
        int high = (int)Math.Ceiling(at);
        return sorted[low] + ((sorted[high] - sorted[low]) * (at - low));
    }

    private static (string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers, CallbackCounter Counter) Load(string name, string path)
    {
        var loaded = new AnalyzerFileReference(path, new IsolatedLoader(name)).GetAnalyzers(Microsoft.CodeAnalysis.LanguageNames.CSharp);
        var counter = new CallbackCounter();
        return (name, loaded.Select(a => (DiagnosticAnalyzer)new TimedAnalyzer(a, counter)).ToImmutableArray(), counter);
    }

    /// <summary>Loads an analyzer assembly into a load context of its own (its references resolve to the host's).</summary>
    private sealed class IsolatedLoader(string name) : IAnalyzerAssemblyLoader
    {
        private readonly AssemblyLoadContext _context = new("analyzers " + name);

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => _context.LoadFromAssemblyPath(fullPath);
    }
}
