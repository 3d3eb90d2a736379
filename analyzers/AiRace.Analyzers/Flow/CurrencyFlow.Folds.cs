using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A collection parameter whose elements a method's body adds together (<c>items.Aggregate(seed, (a, b) =&gt; a +
/// b)</c>, or passing it on to a method that does): every step adds an element to a total that keeps one currency, so a
/// call passing a collection known to hold two currencies mixes them inside the method, as a call passing two
/// currencies for a <see cref="ParameterPair"/> does.
/// </summary>
internal sealed class FoldedParameter
{
    public FoldedParameter(int ordinal, string what)
    {
        Ordinal = ordinal;
        What = what;
    }

    /// <summary>The ordinal of the collection parameter.</summary>
    public int Ordinal { get; }

    /// <summary>What the body does with it, as written: <c>items.Aggregate(a + b)</c>.</summary>
    public string What { get; }
}

internal sealed partial class CurrencyFlow
{
    private static readonly FoldedParameter[] NoFolds = System.Array.Empty<FoldedParameter>();

    private FactCache<FoldedParameter[]>? _folds;

    private FactCache<FoldedParameter[]> Folds => _folds ??= new FactCache<FoldedParameter[]>((s, c) => ComputeFolds((IMethodSymbol)s, c), NoFolds, NoFolds);

    /// <summary>
    /// The collection parameters of money (or of a generic-math type parameter) whose elements a method of this
    /// compilation adds together in its own body: <c>items.Aggregate(…, (a, b) =&gt; a + b)</c> on the parameter itself,
    /// the lambda's whole body adding (or subtracting) its two parameters, or the parameter passed on to another such
    /// method; the body may only read the parameter with LINQ and <c>foreach</c>, and never write it. Empty for any
    /// other method.
    /// </summary>
    public IReadOnlyList<FoldedParameter> FoldsOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = method.OriginalDefinition;
        return method.DeclaringSyntaxReferences.Length != 1 || !HasFoldableParameter(method) ? NoFolds : Folds.Get(method, cancellationToken);
    }

    /// <summary>Whether a method (a definition) has a parameter that is a collection of money or of one of its generic-math type parameters.</summary>
    public bool HasFoldableParameter(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (IsFoldable(parameter, method))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a generic method has a parameter that is a collection of one of its generic-math type parameters.</summary>
    public static bool HasGenericMathCollectionParameter(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        foreach (var parameter in method.Parameters)
        {
            if (ValueTypeOf(parameter.Type) is { } element && IsGenericMathType(element, method))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsFoldable(IParameterSymbol parameter, IMethodSymbol method) =>
        parameter.RefKind is RefKind.None or RefKind.In && ValueTypeOf(parameter.Type) is { } element && !IsDictionary(parameter.Type)
        && (_types.IsMoney(element) || IsGenericMathType(element, method));

    private FoldedParameter[] ComputeFolds(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (OwnBodyOperation(method, cancellationToken) is not { } operation)
        {
            return NoFolds;
        }

        var folds = new List<FoldedParameter>();
        foreach (var descendant in OwnOperations(operation))
        {
            if (descendant is not IInvocationOperation invocation)
            {
                continue;
            }

            if (invocation.TargetMethod.Name == "Aggregate" && CallSource.IsLinq(invocation.TargetMethod.ContainingType)
                && FoldedBy(invocation, method) is { } folded)
            {
                AddFold(folds, folded.Parameter, folded.Parameter.Name + ".Aggregate(" + folded.Step + ")");
                continue;
            }

            foreach (var inner in FoldsOf(invocation.TargetMethod, cancellationToken))
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Ordinal == inner.Ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue
                        && argument.Value.SkipConversions() is IParameterReferenceOperation { Parameter: { } passed }
                        && SymbolEqualityComparer.Default.Equals(passed.ContainingSymbol, method))
                    {
                        AddFold(folds, passed, invocation.TargetMethod.Name + ": " + inner.What);
                    }
                }
            }
        }

        // a parameter the body (or a lambda in it) may write or change no longer holds what the call passed
        folds.RemoveAll(fold => !OnlyRead(method.Parameters[fold.Ordinal], operation, cancellationToken));
        return folds.Count == 0 ? NoFolds : folds.ToArray();
    }

    private void AddFold(List<FoldedParameter> folds, IParameterSymbol parameter, string what)
    {
        if (folds.Exists(fold => fold.Ordinal == parameter.Ordinal) || !IsFoldable(parameter, (IMethodSymbol)parameter.ContainingSymbol))
        {
            return;
        }

        folds.Add(new FoldedParameter(parameter.Ordinal, what));
    }

    /// <summary>
    /// The method's parameter an <c>Aggregate</c> call folds, with the step as written (<c>a + b</c>): the call's source
    /// is the parameter itself and its function a lambda whose whole body adds or subtracts its two parameters with
    /// Money's operators or generic math's; else null.
    /// </summary>
    private (IParameterSymbol Parameter, string Step)? FoldedBy(IInvocationOperation aggregate, IMethodSymbol method)
    {
        if (aggregate.Arguments.IsEmpty
            || aggregate.Arguments[0].Value.SkipConversions() is not IParameterReferenceOperation { Parameter: { } source }
            || !SymbolEqualityComparer.Default.Equals(source.ContainingSymbol, method))
        {
            return null;
        }

        foreach (var argument in aggregate.Arguments)
        {
            if (argument.Parameter is not { Name: "func" } || SelectorLambda(argument.Value) is not { Symbol.Parameters.Length: 2 } lambda
                || lambda.Body.Operations.Length != 1
                || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } returned }
                || returned.SkipConversions() is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } step
                || !(step.OperatorMethod.IsOn(_types.Money) || IsGenericMathOperator(step.OperatorMethod)))
            {
                continue;
            }

            var parameters = lambda.Symbol.Parameters;
            if (step.LeftOperand.SkipConversions() is IParameterReferenceOperation { Parameter: { } left }
                && step.RightOperand.SkipConversions() is IParameterReferenceOperation { Parameter: { } right }
                && (SymbolEqualityComparer.Default.Equals(left, parameters[0]) && SymbolEqualityComparer.Default.Equals(right, parameters[1])
                    || SymbolEqualityComparer.Default.Equals(left, parameters[1]) && SymbolEqualityComparer.Default.Equals(right, parameters[0])))
            {
                return (source, left.Name + " " + step.OperatorKind.MoneyOperatorText() + " " + right.Name);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether every reference to a parameter in a body (lambdas included) only reads the collection: the source of
    /// LINQ, the collection of a <c>foreach</c>, or an argument passed on for a parameter another method folds.
    /// </summary>
    private bool OnlyRead(IParameterSymbol parameter, IOperation body, CancellationToken cancellationToken)
    {
        foreach (var descendant in body.Descendants())
        {
            if (descendant is not IParameterReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
            {
                continue;
            }

            IOperation use = reference;
            while (use.Parent is IConversionOperation conversion && conversion.Operand == use)
            {
                use = conversion;
            }

            switch (use.Parent)
            {
                case IForEachLoopOperation loop when loop.Collection == use:
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation invocation } argument
                    when CallSource.IsLinq(invocation.TargetMethod.ContainingType) && invocation.Arguments[0] == argument:
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation invocation, Parameter: { } passedFor } argument
                    when argument.ArgumentKind != ArgumentKind.DefaultValue && FoldsOf(invocation.TargetMethod, cancellationToken) is { Count: > 0 } inner
                        && Exists(inner, passedFor.Ordinal):
                    continue;
                default:
                    return false;
            }
        }

        return true;

        static bool Exists(IReadOnlyList<FoldedParameter> folds, int ordinal)
        {
            foreach (var fold in folds)
            {
                if (fold.Ordinal == ordinal)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
