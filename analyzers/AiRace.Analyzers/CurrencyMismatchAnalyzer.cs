using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>AIR0001: reports operators, Equals, CompareTo and Min/Max between Money values whose currencies are known and differ.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001", Justification = "A rule of AiRaceAnalyzer, which the compiler loads; registered here it would run twice.")]
public sealed class CurrencyMismatchAnalyzer : DiagnosticAnalyzer, IMethodFilter
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CurrencyMismatch);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // the types are looked up by the first callback (a compilation without Money reports nothing: IsOn is false)
            var types = KnownTypes.Create(start.Compilation);
            // one stateless resolver per compilation; only field and property values are cached (once per compilation)
            var resolver = new CurrencyResolver(types, new MemberValues());
            start.RegisterOperationAction(c => AnalyzeBinary(c, types, resolver), OperationKind.Binary);
            start.RegisterOperationAction(c => AnalyzeCompound(c, types, resolver), OperationKind.CompoundAssignment);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, types, resolver), OperationKind.Invocation);
        });
    }

    /// <summary>Only calls of Equals, CompareTo, Min and Max of Money can be reported.</summary>
    bool IMethodFilter.MayConcern(IMethodSymbol method, KnownTypes types) =>
        method.Name is "Equals" or "CompareTo" or "Min" or "Max" && method.IsOn(types.Money);

    [MethodImpl(Hot.Path)]
    private static void AnalyzeBinary(OperationAnalysisContext context, KnownTypes types, CurrencyResolver resolver)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (!binary.OperatorMethod.IsOn(types.Money) || !types.IsMoney(binary.LeftOperand.Type) || !types.IsMoney(binary.RightOperand.Type))
        {
            return;
        }

        string? symbol = OperatorText(binary.OperatorKind);
        if (symbol is not null)
        {
            Check(context, resolver, binary.LeftOperand, binary.RightOperand, symbol);
        }
    }

    [MethodImpl(Hot.Path)]
    private static void AnalyzeCompound(OperationAnalysisContext context, KnownTypes types, CurrencyResolver resolver)
    {
        var compound = (ICompoundAssignmentOperation)context.Operation;
        if (!compound.OperatorMethod.IsOn(types.Money) || !types.IsMoney(compound.Target.Type) || !types.IsMoney(compound.Value.Type))
        {
            return;
        }

        string? symbol = OperatorText(compound.OperatorKind);
        if (symbol is not null)
        {
            if (resolver.CouldBeKnown(compound.Value)
                && Differ(resolver.ResolveCompoundTarget(compound, FlowMode.Optimistic, context.CancellationToken), resolver, compound.Value, FlowMode.Optimistic, context.CancellationToken) is not null
                && Differ(resolver.ResolveCompoundTarget(compound, FlowMode.Exact, context.CancellationToken), resolver, compound.Value, FlowMode.Exact, context.CancellationToken) is { } codes)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.CurrencyMismatch, compound.Syntax.GetLocation(), symbol + "=", codes.First, codes.Second));
            }
        }
    }

    [MethodImpl(Hot.Path)]
    private static void AnalyzeInvocation(OperationAnalysisContext context, KnownTypes types, CurrencyResolver resolver)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsOn(types.Money))
        {
            return;
        }

        if (!method.IsStatic && method.Name is "Equals" or "CompareTo" && invocation.Arguments.Length == 1 && invocation.Instance is { } instance)
        {
            var argument = invocation.Arguments[0].Value.SkipImplicitConversions();
            if (argument is not null && types.IsMoney(argument.Type))
            {
                Check(context, resolver, instance, argument, method.Name);
            }
        }
        else if (method.IsStatic && method.Name is "Min" or "Max" && invocation.Arguments.Length == 2
            && types.IsMoney(method.Parameters[0].Type) && types.IsMoney(method.Parameters[1].Type))
        {
            Check(context, resolver, invocation.Arguments[0].Value, invocation.Arguments[1].Value, method.Name == "Min" ? "Money.Min" : "Money.Max");
        }
    }

    [MethodImpl(Hot.Path)]
    private static void Check(OperationAnalysisContext context, CurrencyResolver resolver, IOperation left, IOperation right, string what)
    {
        if (!resolver.CouldBeKnown(left) || !resolver.CouldBeKnown(right))
        {
            return;
        }

        // the optimistic reading skips the search for later writes to locals; only a mismatch there is worth proving
        if (Differ(resolver.Resolve(left, FlowMode.Optimistic, context.CancellationToken), resolver, right, FlowMode.Optimistic, context.CancellationToken) is null
            || Differ(resolver.Resolve(left, FlowMode.Exact, context.CancellationToken), resolver, right, FlowMode.Exact, context.CancellationToken) is not { } codes)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.CurrencyMismatch, context.Operation.Syntax.GetLocation(), what, codes.First, codes.Second));
    }

    /// <summary>
    /// The first operand's currency (already resolved, or null) and the second's, when both are known and differ, or
    /// null; the second operand is resolved only when the first is known.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private static (string First, string Second)? Differ(string? first, CurrencyResolver resolver, IOperation second, FlowMode mode, System.Threading.CancellationToken cancellationToken)
    {
        if (first is null)
        {
            return null;
        }

        string? secondCode = resolver.Resolve(second, mode, cancellationToken);
        return secondCode is null || secondCode == first ? null : (first, secondCode);
    }

    [MethodImpl(Hot.Path)]
    private static string? OperatorText(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Add => "+",
        BinaryOperatorKind.Subtract => "-",
        BinaryOperatorKind.Divide => "/",
        BinaryOperatorKind.Equals => "==",
        BinaryOperatorKind.NotEquals => "!=",
        BinaryOperatorKind.LessThan => "<",
        BinaryOperatorKind.LessThanOrEqual => "<=",
        BinaryOperatorKind.GreaterThan => ">",
        BinaryOperatorKind.GreaterThanOrEqual => ">=",
        _ => null,
    };
}
