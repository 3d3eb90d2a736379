using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// An array of <c>Func</c> steps folded by <c>Aggregate</c> (<c>Steps.Aggregate(seed, (acc, step) =&gt; step(acc))</c>,
/// <c>static readonly Func&lt;Money, Money&gt;[] Steps = [Inflate, LessFee]</c>): each step's lambda runs on the
/// accumulator, which holds the seed's currency at every step when each step returns its argument's currency
/// (<c>m =&gt; m * 1.031m</c>, <c>m =&gt; m - Fee</c>). The call <c>step(acc)</c> then has the captured pairs of every
/// step (<see cref="CapturedPair"/>: <c>m - Fee</c>). Only a readonly field whose initializer lists the steps, every one
/// a lambda, that is only ever handed to LINQ (nothing can replace an element), and a fold whose function only applies
/// the step to the accumulator.
/// </summary>
internal sealed partial class CurrencyFlow
{
    // whether a field holding steps is only ever read by LINQ, by the field's definition
    private readonly ConcurrentDictionary<IFieldSymbol, bool> _onlyFolded = new(SymbolEqualityComparer.Default);

    /// <summary>The captured pairs of the steps a fold's <c>step(acc)</c> may call (see the type's summary); else none.</summary>
    private IReadOnlyList<CapturedPair> FoldedStepPairs(IMethodSymbol invoke, IOperation target, CancellationToken cancellationToken)
    {
        if (target.SkipConversions() is not IParameterReferenceOperation { Parameter: { Ordinal: 1, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction, Parameters.Length: 2 } lambda } } reference
            || invoke.Parameters.Length != 1
            || reference.LambdaAround(lambda) is not { Parent: IDelegateCreationOperation { Parent: IArgumentOperation { Parameter.Name: "func" } argument } } function
            || argument.Parent is not IInvocationOperation { TargetMethod.Name: "Aggregate" } aggregate || !CallSource.IsLinq(aggregate.TargetMethod.ContainingType)
            || SeedOf(aggregate) is null || !OnlyAppliesStep(function, lambda)
            || ArgumentOfOrdinal(aggregate, 0)?.SkipConversions() is not IFieldReferenceOperation { Field: { IsReadOnly: true } field } source
            || !OnlyFolded(field.OriginalDefinition, cancellationToken))
        {
            return NoCapturedPairs;
        }

        var steps = Held(source, FlowMode.Exact, cancellationToken) switch
        {
            ICollectionExpressionOperation listed => listed.Elements,
            IArrayCreationOperation { Initializer: { } initializer } created => initializer.ElementValues,
            _ => default,
        };
        if (steps.IsDefaultOrEmpty)
        {
            return NoCapturedPairs;
        }

        List<CapturedPair>? pairs = null;
        foreach (var step in steps)
        {
            if (step is ISpreadOperation
                || HeldFunction(step, cancellationToken) is not IAnonymousFunctionOperation { Symbol: { IsAsync: false, Parameters.Length: 1 } stepLambda } held
                || !(KeepsArgumentCurrency(held, stepLambda.Parameters[0]) || ArgumentReturn(stepLambda, held, null, cancellationToken) == 0))
            {
                // a step that may change the accumulator's currency (or that the flow cannot read) leaves the later ones unknown
                return NoCapturedPairs;
            }

            foreach (var pair in CapturedPairsOf(invoke, step, cancellationToken))
            {
                (pairs ??= new List<CapturedPair>()).Add(pair);
            }
        }

        return pairs is null ? NoCapturedPairs : pairs;
    }

    /// <summary>
    /// Whether every return of a step's lambda, when it returns at all, has its parameter's currency: the parameter, scaled
    /// (<c>m * 1.031m</c>, <c>-m</c>), or added to or less something by Money's operators (<c>m - Fee</c>, which throws
    /// unless both share a currency); and the lambda never writes the parameter.
    /// </summary>
    private bool KeepsArgumentCurrency(IAnonymousFunctionOperation step, IParameterSymbol parameter)
    {
        int returns = 0;
        foreach (var operation in OwnOperations(step.Body))
        {
            if (operation is IReturnOperation returned)
            {
                if (!Keeps(returned.ReturnedValue, 0))
                {
                    return false;
                }

                returns++;
            }
        }

        return returns > 0 && !WritesParameter(step, parameter);

        bool Keeps(IOperation? value, int depth)
        {
            switch (value?.SkipConversions())
            {
                case IParameterReferenceOperation read:
                    return SymbolEqualityComparer.Default.Equals(read.Parameter, parameter);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary when depth < 8 && _types.IsMoney(unary.Type):
                    return Keeps(unary.Operand, depth + 1);
                case IBinaryOperation binary when depth < 8 && _types.IsMoney(binary.Type) && binary.OperatorMethod.IsOn(_types.Money):
                    return binary.OperatorKind switch
                    {
                        BinaryOperatorKind.Add or BinaryOperatorKind.Subtract =>
                            _types.IsMoney(binary.LeftOperand.Type) && _types.IsMoney(binary.RightOperand.Type) && (Keeps(binary.LeftOperand, depth + 1) || Keeps(binary.RightOperand, depth + 1)),
                        BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide =>
                            _types.IsMoney(binary.LeftOperand.Type) != _types.IsMoney(binary.RightOperand.Type)
                            && Keeps(_types.IsMoney(binary.LeftOperand.Type) ? binary.LeftOperand : binary.RightOperand, depth + 1),
                        _ => false,
                    };
                default:
                    return false;
            }
        }
    }

    /// <summary>Whether every return of a fold's function is its step applied to its accumulator, and nothing else: <c>(acc, step) =&gt; step(acc)</c>.</summary>
    private static bool OnlyAppliesStep(IAnonymousFunctionOperation function, IMethodSymbol lambda)
    {
        int returns = 0;
        foreach (var operation in OwnOperations(function.Body))
        {
            if (operation is not IReturnOperation returned)
            {
                continue;
            }

            if (returned.ReturnedValue?.SkipConversions() is not IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: IParameterReferenceOperation applied, Arguments.Length: 1 } call
                || !SymbolEqualityComparer.Default.Equals(applied.Parameter, lambda.Parameters[1])
                || call.Arguments[0].Value.SkipConversions() is not IParameterReferenceOperation given
                || !SymbolEqualityComparer.Default.Equals(given.Parameter, lambda.Parameters[0]))
            {
                return false;
            }

            returns++;
        }

        return returns == 1 && function.Body.Operations.Length == 1;
    }

    /// <summary>Whether every use of a field of the compilation hands it to a LINQ method that only reads it (not one that hands it back).</summary>
    private bool OnlyFolded(IFieldSymbol field, CancellationToken cancellationToken)
    {
        if (_onlyFolded.TryGetValue(field, out bool only))
        {
            return only;
        }

        only = field.DeclaringSyntaxReferences.Length == 1 && _search.IsOwn(field) && field.Type is IArrayTypeSymbol { Rank: 1 };
        if (only)
        {
            foreach (var token in _search.Identifiers(field.Name, _search.TreesThatCanReach(field), cancellationToken))
            {
                if (token.Parent is not Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax name || token.SyntaxTree is not { } tree)
                {
                    continue;
                }

                var node = name.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access && access.Name == name ? access : (SyntaxNode)name;
                var operation = _search.ModelOf(tree).GetOperation(node, cancellationToken);
                if (operation is IFieldReferenceOperation read && !SymbolEqualityComparer.Default.Equals(read.Field.OriginalDefinition, field))
                {
                    continue;
                }

                IOperation? use = operation;
                while (use?.Parent is IConversionOperation)
                {
                    use = use.Parent;
                }

                // AsEnumerable, Cast (and AsQueryable's query) hand back the array itself, which a cast may write
                if (operation is not IFieldReferenceOperation
                    || use?.Parent is not IArgumentOperation { Parent: IInvocationOperation reader } handed
                    || !CallSource.IsLinq(reader.TargetMethod.ContainingType) || handed.Parameter?.Ordinal != 0
                    || reader.TargetMethod.Name is "AsEnumerable" or "Cast" or "AsQueryable")
                {
                    only = false;
                    break;
                }
            }
        }

        _onlyFolded.TryAdd(field, only);
        return only;
    }
}
