using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// One AiRace rule: its diagnostics, the library API it relies on, and the hooks it implements (<see cref="ICallRule"/>,
/// <see cref="IBinaryRule"/>, <see cref="ICompoundAssignmentRule"/>, <see cref="IOperationRule"/>,
/// <see cref="ISymbolRule"/>). Rules are stateless singletons: whatever they work out for a compilation lives in its
/// <see cref="CompilationFacts"/>. <see cref="AiRaceAnalyzer"/>, the one analyzer the compiler loads, calls the hooks.
/// </summary>
internal abstract class Rule
{
    protected Rule(params DiagnosticDescriptor[] descriptors) => SupportedDiagnostics = ImmutableArray.Create(descriptors);

    /// <summary>The diagnostics the rule reports (one, or two for AIR0005/AIR0013).</summary>
    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>
    /// The types and members of AiRace.Core (and the BCL) the rule finds by name. A test resolves each of them in the
    /// real assembly, so a renamed API fails a test instead of silently switching the rule off.
    /// </summary>
    public abstract ImmutableArray<ApiName> ReliesOn { get; }
}

/// <summary>A rule that looks at calls: invocations and object creations, of the methods its filter lets through.</summary>
internal interface ICallRule
{
    /// <summary>
    /// Whether a call of <paramref name="method"/> (an original definition) can concern the rule: asked once per method
    /// and compilation. False only when no call of it can be reported (a wrong false loses a diagnostic; a wrong true
    /// only costs time).
    /// </summary>
    bool MayConcern(IMethodSymbol method, KnownTypes types);

    /// <summary>Analyzes a call of a method the filter let through (or of an unknown method: an error, a dynamic call).</summary>
    /// <param name="context">The operation's context.</param>
    /// <param name="call">The invocation or object creation.</param>
    /// <param name="method">The called method or constructor, or null when the compiler could not bind it.</param>
    /// <param name="arguments">The call's arguments.</param>
    void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments);
}

/// <summary>A rule that looks at every binary operation.</summary>
internal interface IBinaryRule
{
    void AnalyzeBinary(in RuleContext context, IBinaryOperation binary);
}

/// <summary>A rule that looks at every compound assignment (<c>+=</c>, <c>-=</c>…).</summary>
internal interface ICompoundAssignmentRule
{
    void AnalyzeCompoundAssignment(in RuleContext context, ICompoundAssignmentOperation compound);
}

/// <summary>A rule that looks at operations of other kinds (assignments, returns, initializers…).</summary>
internal interface IOperationRule
{
    /// <summary>The kinds of operation the rule is given.</summary>
    ImmutableArray<OperationKind> OperationKinds { get; }

    void AnalyzeOperation(in RuleContext context, IOperation operation);
}

/// <summary>A rule that looks at declared symbols.</summary>
internal interface ISymbolRule
{
    /// <summary>The kinds of symbol the rule is given.</summary>
    ImmutableArray<SymbolKind> SymbolKinds { get; }

    void AnalyzeSymbol(in SymbolRuleContext context);
}

/// <summary>What a rule's operation hook is given: the compiler's context and the compilation's facts.</summary>
internal readonly struct RuleContext
{
    private readonly OperationAnalysisContext _context;

    public RuleContext(in OperationAnalysisContext context, CompilationFacts facts)
    {
        _context = context;
        Facts = facts;
    }

    /// <summary>What is known about the compilation: its types, the currency flow.</summary>
    public CompilationFacts Facts { get; }

    /// <summary>The compilation's known types.</summary>
    public KnownTypes Types => Facts.Types;

    /// <summary>The operation the hook is called for.</summary>
    public IOperation Operation => _context.Operation;

    /// <summary>The symbol whose code holds the operation.</summary>
    public ISymbol ContainingSymbol => _context.ContainingSymbol;

    public CancellationToken CancellationToken => _context.CancellationToken;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Report(Diagnostic diagnostic) => _context.ReportDiagnostic(diagnostic);
}

/// <summary>What a rule's symbol hook is given.</summary>
internal readonly struct SymbolRuleContext
{
    private readonly SymbolAnalysisContext _context;

    public SymbolRuleContext(in SymbolAnalysisContext context, CompilationFacts facts)
    {
        _context = context;
        Facts = facts;
    }

    public CompilationFacts Facts { get; }

    public KnownTypes Types => Facts.Types;

    public ISymbol Symbol => _context.Symbol;

    public CancellationToken CancellationToken => _context.CancellationToken;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Report(Diagnostic diagnostic) => _context.ReportDiagnostic(diagnostic);
}

/// <summary>A type, or a member of a type, that a rule finds by name: <c>AiRace.Core.Money</c>, <c>AiRace.Core.Money.Cny</c>.</summary>
internal sealed class ApiName
{
    private ApiName(string type, string? member)
    {
        Type = type;
        Member = member;
    }

    /// <summary>The type's metadata name.</summary>
    public string Type { get; }

    /// <summary>The member's name, or null for the type itself.</summary>
    public string? Member { get; }

    /// <summary>The type and each of the members.</summary>
    public static ImmutableArray<ApiName> Of(string type, params string[] members)
    {
        var builder = ImmutableArray.CreateBuilder<ApiName>(members.Length + 1);
        builder.Add(new ApiName(type, null));
        foreach (string member in members)
        {
            builder.Add(new ApiName(type, member));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The names of several types together.</summary>
    public static ImmutableArray<ApiName> Join(params ImmutableArray<ApiName>[] groups)
    {
        var builder = ImmutableArray.CreateBuilder<ApiName>();
        foreach (var group in groups)
        {
            builder.AddRange(group);
        }

        return builder.ToImmutable();
    }

    public override string ToString() => Member is null ? Type : Type + "." + Member;
}
