using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Export;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Scripting;

namespace AiRace.Docs.Tests;

/// <summary>
/// Compiles and runs documentation blocks as C# script submissions, the way a reader follows them: each block
/// continues the state of the ones before it. Every compilation runs the AiRace analyzers, loaded from the assembly the
/// build put beside the tests (the same one the package ships).
/// </summary>
public static class DocScripts
{
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyAnalyzers = new(LoadAnalyzers);
    private static readonly Lazy<MetadataReference> LazyNodaMoney = new(() => CompileLibrary("NodaMoney.Shape", NodaMoneyShape.Source));

    /// <summary>The namespaces a new .NET project imports implicitly (<c>ImplicitUsings</c>, on in every template):
    /// the README's blocks state every other <c>using</c> they need.</summary>
    public static readonly string[] ImplicitUsings = { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" };

    /// <summary>The options every block is compiled with: the AiRace packages, the NodaMoney shape and the implicit usings.</summary>
    public static ScriptOptions Options { get; } = ScriptOptions.Default
        .WithReferences(typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(System.Text.Json.JsonSerializer).Assembly, typeof(System.Net.Http.HttpClient).Assembly,
            typeof(Money).Assembly, typeof(ParquetExport).Assembly)
        .AddReferences(LazyNodaMoney.Value)
        .WithImports(ImplicitUsings)
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithOptimizationLevel(OptimizationLevel.Debug);

    /// <summary>The analyzers of AiRace.Analyzers.dll.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers => LazyAnalyzers.Value;

    /// <summary>Compiles a submission (after <paramref name="previous"/>, if any) and returns its compiler and AiRace
    /// diagnostics, warnings and errors, with lines relative to the block.</summary>
    /// <param name="previous">The script it continues, or null.</param>
    /// <param name="code">The block.</param>
    /// <returns>The script and its diagnostics.</returns>
    public static async Task<(Script<object> Script, IReadOnlyList<Diagnostic> Diagnostics)> CompileAsync(Script? previous, string code)
    {
        Script<object> script = previous is null ? CSharpScript.Create(code, Options) : previous.ContinueWith(code, Options);
        Compilation compilation = script.GetCompilation();
        ImmutableArray<Diagnostic> all = await compilation.WithAnalyzers(Analyzers).GetAllDiagnosticsAsync(CancellationToken.None);
        SyntaxTree tree = compilation.SyntaxTrees.Last();
        return (script, all.Where(d => d.Location.SourceTree == tree && d.Severity >= DiagnosticSeverity.Warning || d.Id.StartsWith("AIR", StringComparison.Ordinal) && d.Location.SourceTree == tree).ToList());
    }

    /// <summary>Compiles a block as the Program.cs of a new console project (top-level statements, implicit usings) and
    /// returns its compiler and AiRace diagnostics with lines relative to the block. Unlike a script, whose top-level
    /// variables are fields, this is the code a user's build sees.</summary>
    /// <param name="code">The block.</param>
    /// <returns>Its diagnostics.</returns>
    public static async Task<IReadOnlyList<Diagnostic>> CompileProgramAsync(string code)
    {
        SyntaxTree program = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: "Program.cs");
        SyntaxTree usings = CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")), new CSharpParseOptions(LanguageVersion.Latest), path: "GlobalUsings.g.cs");
        var compilation = CSharpCompilation.Create("Consumer", new[] { program, usings }, ProgramReferences(), new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        ImmutableArray<Diagnostic> all = await compilation.WithAnalyzers(Analyzers).GetAllDiagnosticsAsync(CancellationToken.None);
        return all.Where(d => d.Location.SourceTree == program && (d.Severity >= DiagnosticSeverity.Warning || d.Id.StartsWith("AIR", StringComparison.Ordinal))).ToList();
    }

    /// <summary>Compiles a block in a method body, the way the code it shows sits in a user's program: the prelude's
    /// statements and the block's statements become the top-level statements of a Program.cs (their variables are locals
    /// of one method, not the fields a script makes of them), its type declarations and the prelude's go to a file of
    /// their own. Returns the compiler and AiRace diagnostics with 0-based lines of the block.</summary>
    /// <param name="prelude">Using directives, statements and type declarations the block relies on.</param>
    /// <param name="code">The block.</param>
    /// <returns>Its diagnostics and their lines.</returns>
    public static async Task<IReadOnlyList<(int Line, Diagnostic Diagnostic)>> CompileInMethodAsync(string prelude, string code)
    {
        (string[] preludeStatements, string[] preludeTypes, string[] preludeUsings) = Split(prelude);
        (string[] statements, string[] types, string[] usings) = Split(code);
        string[] head = preludeUsings.Concat(usings).Concat(preludeStatements).ToArray();
        SyntaxTree program = CSharpSyntaxTree.ParseText(string.Join("\n", head.Concat(statements)), new CSharpParseOptions(LanguageVersion.Latest), path: "Program.cs");
        SyntaxTree declarations = CSharpSyntaxTree.ParseText(string.Join("\n", preludeUsings.Concat(usings).Concat(types).Concat(preludeTypes)), new CSharpParseOptions(LanguageVersion.Latest), path: "Types.cs");
        int typesHead = preludeUsings.Length + usings.Length;
        SyntaxTree implicitUsings = CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")), new CSharpParseOptions(LanguageVersion.Latest), path: "GlobalUsings.g.cs");
        var compilation = CSharpCompilation.Create("Consumer", new[] { program, declarations, implicitUsings }, ProgramReferences(), new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        ImmutableArray<Diagnostic> all = await compilation.WithAnalyzers(Analyzers).GetAllDiagnosticsAsync(CancellationToken.None);
        var found = new List<(int, Diagnostic)>();
        foreach (Diagnostic d in all.Where(d => d.Severity >= DiagnosticSeverity.Warning || d.Id.StartsWith("AIR", StringComparison.Ordinal)))
        {
            int line = LineOf(d);
            if (d.Location.SourceTree == program && line >= head.Length)
            {
                found.Add((line - head.Length, d));
            }
            else if (d.Location.SourceTree == declarations && line >= typesHead && line < typesHead + types.Length)
            {
                found.Add((line - typesHead, d));
            }
            else if (d.Location.SourceTree == program || d.Location.SourceTree == declarations)
            {
                found.Add((-1, d));
            }
        }

        return found;
    }

    /// <summary>Splits a block's lines by what they are: the lines of its top-level statements (others blanked, so a line
    /// keeps its index), those of its type declarations (others blanked), and its using directives.</summary>
    private static (string[] Statements, string[] Types, string[] Usings) Split(string code)
    {
        string[] lines = code.Split('\n');
        var root = (Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();
        var isType = new bool[lines.Length];
        var isUsing = new bool[lines.Length];
        foreach (SyntaxNode member in root.Members.Where(m => m is not Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax).Cast<SyntaxNode>().Concat(root.Usings))
        {
            FileLinePositionSpan span = member.GetLocation().GetLineSpan();
            for (int i = span.StartLinePosition.Line; i <= span.EndLinePosition.Line; i++)
            {
                (member is Microsoft.CodeAnalysis.CSharp.Syntax.UsingDirectiveSyntax ? isUsing : isType)[i] = true;
            }
        }

        return (lines.Select((l, i) => isType[i] || isUsing[i] ? "" : l).ToArray(), lines.Select((l, i) => isType[i] ? l : "").ToArray(), lines.Where((_, i) => isUsing[i]).ToArray());
    }

    private static IEnumerable<MetadataReference> ProgramReferences()
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.GetFiles(runtime, "*.dll")
            .Where(f => Path.GetFileName(f).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(f) is "netstandard.dll" or "mscorlib.dll")
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .Append(MetadataReference.CreateFromFile(typeof(Money).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(ParquetExport).Assembly.Location))
            .Append(LazyNodaMoney.Value);
    }

    /// <summary>The 0-based line of a diagnostic in its block.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The line.</returns>
    public static int LineOf(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line;

    /// <summary>Compiles a small library (such as the NodaMoney shape) to a temporary file and references it.</summary>
    /// <param name="name">The assembly name.</param>
    /// <param name="source">Its source.</param>
    /// <returns>The reference.</returns>
    public static MetadataReference CompileLibrary(string name, string source)
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        MetadataReference[] references = Directory.GetFiles(runtime, "*.dll")
            .Where(f => Path.GetFileName(f).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(f) == "netstandard.dll")
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToArray();
        var compilation = CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText(source) }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(stream);
        if (!emitted.Success)
        {
            throw new InvalidOperationException($"{name} does not compile:\n" + string.Join("\n", emitted.Diagnostics));
        }

        // Scripts load their references from files at run time, so the library is written to one.
        string path = Path.Combine(Directory.CreateTempSubdirectory("airace-docs-").FullName, name + ".dll");
        File.WriteAllBytes(path, stream.ToArray());
        return MetadataReference.CreateFromFile(path);
    }

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "analyzers", "AiRace.Analyzers.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The build copies AiRace.Analyzers.dll beside the tests (see AiRace.Docs.Tests.csproj); it is missing.", path);
        }

        Assembly assembly = Assembly.LoadFrom(path);
        ImmutableArray<DiagnosticAnalyzer> analyzers = assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            throw new InvalidOperationException($"{path} holds no [DiagnosticAnalyzer].");
        }

        return analyzers;
    }
}
