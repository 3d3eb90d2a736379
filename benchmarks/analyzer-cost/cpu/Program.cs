using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// usage: AnalyzerCpu <AiRace.Analyzers.dll> <AiRace.Core.dll> <folder of .cs files> [compilations] [other AiRace.Analyzers.dll]
// With a second analyzer assembly (another build of the analyzers), the two are loaded side by side, each in its own
// load context, and run alternately on fresh clones of the same bound compilation, `compilations` pairs, the order
// swapped from pair to pair: old against new in one process, with the source parsed and bound once.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: AnalyzerCpu <AiRace.Analyzers.dll> <AiRace.Core.dll> <folder of .cs files> [compilations] [other AiRace.Analyzers.dll]");
    return 2;
}

string analyzerPath = Path.GetFullPath(args[0]);
string corePath = Path.GetFullPath(args[1]);
int compilations = 5;
if (args.Length > 3 && (!int.TryParse(args[3], NumberStyles.None, CultureInfo.InvariantCulture, out compilations) || compilations < 2))
{
    Console.Error.WriteLine($"the fourth argument, the number of compilations, must be a whole number of at least 2; got '{args[3]}'");
    return 2;
}

foreach (var (path, what) in new[] { (args[0], "analyzer assembly"), (args[1], "AiRace.Core assembly") })
{
    if (!File.Exists(path))
    {
        Console.Error.WriteLine($"the {what} '{path}' does not exist");
        return 2;
    }
}

if (!Directory.Exists(args[2]))
{
    Console.Error.WriteLine($"the source folder '{args[2]}' does not exist");
    return 2;
}

string refPack = Directory.GetDirectories(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "../../../packs/Microsoft.NETCore.App.Ref"))
    .OrderBy(d => d, StringComparer.Ordinal).Last();
var references = Directory.GetFiles(Path.Combine(refPack, "ref", "net10.0"), "*.dll")
    .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
    .Append(MetadataReference.CreateFromFile(corePath))
    .ToList();
var parse = new CSharpParseOptions(LanguageVersion.Latest);
var trees = Directory.GetFiles(args[2], "*.cs")
    .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), parse, p))
    .Append(CSharpSyntaxTree.ParseText("global using System; global using System.Collections.Generic; global using System.Linq;", parse, "GlobalUsings.cs"))
    .ToList();
var compilationOptions = new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable);

// AIRACE_COST_RULES=AIR0001,AIR0007 keeps only those rules on (the others suppressed as <NoWarn> would, so the analyzer
// leaves them out at compilation start): what one rule costs on its own; "none" suppresses every rule
string? only = Environment.GetEnvironmentVariable("AIRACE_COST_RULES");
if (!string.IsNullOrWhiteSpace(only))
{
    var kept = only.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
    var off = Enumerable.Range(1, 99).Select(i => string.Create(CultureInfo.InvariantCulture, $"AIR{i:D4}")).Where(id => !kept.Contains(id));
    compilationOptions = compilationOptions.WithSpecificDiagnosticOptions(off.ToDictionary(id => id, _ => ReportDiagnostic.Suppress));
    Console.WriteLine($"rules kept on: {(kept.Count == 0 || kept.Contains("none") ? "none" : string.Join(", ", kept.Order(StringComparer.Ordinal)))}");
}

var compilation = CSharpCompilation.Create("Consumer", trees, references, compilationOptions);
var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
if (errors.Count > 0)
{
    Console.Error.WriteLine($"the consumer does not compile: {errors[0]}");
    return 1;
}

var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
if (args.Length > 4)
{
    if (!File.Exists(args[4]))
    {
        Console.Error.WriteLine($"the other analyzer assembly '{args[4]}' does not exist");
        return 2;
    }

    return await Alternation.RunAsync(compilation, options, analyzerPath, Path.GetFullPath(args[4]), compilations);
}

var loaded = new AnalyzerFileReference(analyzerPath, new DirectLoader()).GetAnalyzers(LanguageNames.CSharp);
var timed = loaded.Select(a => new TimedAnalyzer(a)).ToList();
var cpu = new List<double>();
long callbacks = 0;
long allocated = 0;
for (int i = 0; i < compilations; i++)
{
    // a fresh compilation each time: binding is redone, as in a build
    await compilation.Clone().WithAnalyzers(timed.Cast<DiagnosticAnalyzer>().ToImmutableArray(), options).GetAnalyzerDiagnosticsAsync();
    cpu.Add(timed.Sum(t => t.Counter.TakeNanoseconds()) / 1e6);
    callbacks = timed.Sum(t => t.Counter.TakeCalls());
    allocated = timed.Sum(t => t.Counter.TakeBytes());
}

var warm = cpu.Skip(1).OrderBy(x => x).ToList();
double overhead = Clock.OverheadNanoseconds();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"analyzers: {string.Join(", ", loaded.Select(a => a.GetType().Name))}; {callbacks:N0} callbacks and {allocated / 1024:N0} KiB allocated per compilation"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"thread CPU in analyzer callbacks: first compilation {cpu[0]:F0} ms; later ones min {warm[0]:F0} ms, median {(warm.Count % 2 == 1 ? warm[warm.Count / 2] : (warm[(warm.Count / 2) - 1] + warm[warm.Count / 2]) / 2):F0} ms (each: {string.Join(" ", cpu.Select(c => c.ToString("F0", CultureInfo.InvariantCulture)))})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"included in those figures: reading the clock, about {callbacks * overhead / 1e6:F0} ms per compilation ({overhead:F0} ns per callback)"));
return 0;

/// <summary>The calling thread's CPU clock (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>).</summary>
internal static partial class Clock
{
    private const int ThreadCpuTime = 3;

    /// <summary>CPU nanoseconds the calling thread has used.</summary>
    public static long ThreadNanoseconds()
    {
        GetTime(ThreadCpuTime, out var time);
        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    /// <summary>
    /// What one reading costs, in nanoseconds (measured). A callback's figure includes about one reading: the end of
    /// the first and the start of the second.
    /// </summary>
    public static double OverheadNanoseconds()
    {
        const int n = 200_000;
        long start = ThreadNanoseconds();
        for (int i = 0; i < n; i++)
        {
            ThreadNanoseconds();
        }

        return (ThreadNanoseconds() - start) / (double)n;
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int GetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
