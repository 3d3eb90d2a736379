using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>AIR0001: reports operators, Equals, CompareTo and Min/Max between Money values whose currencies are known and differ.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CurrencyMismatchAnalyzer : DiagnosticAnalyzer
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
            var types = KnownTypes.Create(start.Compilation);
            if (types.Money is null || types.Currency is null)
            {
                return;
            }

            var members = new MemberValues();

            // one resolver per operation block: locals are resolved and their writes collected once per method body
            start.RegisterOperationBlockStartAction(block =>
            {
                var resolver = new CurrencyResolver(types, members);
                block.RegisterOperationAction(c => AnalyzeBinary(c, types, resolver), OperationKind.Binary);
                block.RegisterOperationAction(c => AnalyzeCompound(c, types, resolver), OperationKind.CompoundAssignment);
                block.RegisterOperationAction(c => AnalyzeInvocation(c, types, resolver), OperationKind.Invocation);
            });
        });
    }

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
            string? target = resolver.CouldBeKnown(compound.Value) ? resolver.ResolveCompoundTarget(compound, context.CancellationToken) : null;
            string? value = target is null ? null : resolver.Resolve(compound.Value, context.CancellationToken);
            if (target is not null && value is not null && target != value)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.CurrencyMismatch, compound.Syntax.GetLocation(), symbol + "=", target, value));
            }
        }
    }

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
            Check(context, resolver, invocation.Arguments[0].Value, invocation.Arguments[1].Value, "Money." + method.Name);
        }
    }

    private static void Check(OperationAnalysisContext context, CurrencyResolver resolver, IOperation left, IOperation right, string what)
    {
        if (!resolver.CouldBeKnown(left) || !resolver.CouldBeKnown(right))
        {
            return;
        }

        string? leftCode = resolver.Resolve(left, context.CancellationToken);
        if (leftCode is null)
        {
            return;
        }

        string? rightCode = resolver.Resolve(right, context.CancellationToken);
        if (rightCode is null || rightCode == leftCode)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.CurrencyMismatch, context.Operation.Syntax.GetLocation(), what, leftCode, rightCode));
    }

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
