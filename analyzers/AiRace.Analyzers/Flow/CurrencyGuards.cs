using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// The tests that decide whether an operation runs, in its own function (up to its lambda, local function or method
/// body), for the rules that leave alone what runs only after the code has checked a currency itself: the condition
/// of a <c>?:</c> or <c>if</c> around it, the left of a <c>&amp;&amp;</c> or <c>||</c> it is the right of, the
/// condition of an <c>if</c> before it in a block that leaves when the test holds
/// (<c>if (a.Currency != b.Currency) throw …;</c>), and the value of a switch one of whose cases or arms it is in.
/// </summary>
internal static class CurrencyGuards
{
    /// <summary>
    /// The tests around an operation, innermost first: each with whether it holds where the operation runs, or, for the
    /// value a switch tests (<paramref name="operation"/> in a case or non-discard arm of it), <c>Switched</c>.
    /// </summary>
    public static IEnumerable<(IOperation Test, bool Holds, bool Switched)> Around(IOperation operation)
    {
        var current = operation;
        for (var parent = operation.Parent; parent is not null && parent is not (IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyBaseOperation); parent = parent.Parent)
        {
            switch (parent)
            {
                case IConditionalOperation conditional when current != conditional.Condition:
                    yield return (conditional.Condition, current == conditional.WhenTrue, false);
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical when current == logical.RightOperand:
                    yield return (logical.LeftOperand, logical.OperatorKind == BinaryOperatorKind.ConditionalAnd, false);
                    break;
                case ISwitchCaseOperation section when section.Parent is ISwitchOperation statement
                    && !section.Clauses.Any(clause => clause.CaseKind == CaseKind.Default):
                    yield return (statement.Value, true, true);
                    break;
                case ISwitchExpressionArmOperation arm when arm.Parent is ISwitchExpressionOperation expression && arm.Pattern is not IDiscardPatternOperation:
                    yield return (expression.Value, true, true);
                    break;
                case IBlockOperation block:
                    // if (a.Currency != b.Currency) return false; … a > b
                    foreach (var statement in block.Operations)
                    {
                        if (statement == current)
                        {
                            break;
                        }

                        if (statement is IConditionalOperation { WhenFalse: null } exit && Exits(exit.WhenTrue))
                        {
                            yield return (exit.Condition, false, false);
                        }
                    }

                    break;
            }

            current = parent;
        }
    }

    /// <summary>
    /// Whether a test, when it <paramref name="holds"/> (or fails), shows the two money values to be in one currency:
    /// <c>first.Currency == second.Currency</c> (in either order, their codes, or <c>Equals</c>) when it holds,
    /// <c>!=</c> when it fails, through <c>!</c>, a conjunct of <c>&amp;&amp;</c> that holds or of <c>||</c> that fails.
    /// The values are compared as storage (<see cref="SamePath"/>), not as text.
    /// </summary>
    public static bool ShowsOneCurrency(IOperation test, bool holds, IOperation first, IOperation second, KnownTypes types, int depth = 0)
    {
        if (depth > 8)
        {
            return false;
        }

        switch (test.SkipConversions())
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return ShowsOneCurrency(not.Operand, !holds, first, second, types, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when holds:
                return ShowsOneCurrency(both.LeftOperand, true, first, second, types, depth + 1) || ShowsOneCurrency(both.RightOperand, true, first, second, types, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when !holds:
                return ShowsOneCurrency(either.LeftOperand, false, first, second, types, depth + 1) || ShowsOneCurrency(either.RightOperand, false, first, second, types, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } equality
                when (equality.OperatorKind == BinaryOperatorKind.Equals) == holds:
                return Pair(equality.LeftOperand, equality.RightOperand, first, second, types);
            case IInvocationOperation { TargetMethod: { Name: "Equals", ReturnType.SpecialType: SpecialType.System_Boolean } } call when holds:
                // a.Currency.Equals(b.Currency), Equals(a.Currency, b.Currency)
                return call.Instance is { } instance
                    ? call.Arguments.Length == 1 && Pair(instance, call.Arguments[0].Value, first, second, types)
                    : call.Arguments.Length == 2 && Pair(call.Arguments[0].Value, call.Arguments[1].Value, first, second, types);
            default:
                return false;
        }
    }

    /// <summary>Whether two operands are the currencies (or currency codes) of the two money values, in either order.</summary>
    private static bool Pair(IOperation left, IOperation right, IOperation first, IOperation second, KnownTypes types) =>
        CurrencyOf(left, types) is { } one && CurrencyOf(right, types) is { } other
        && ((SamePath(one, first) && SamePath(other, second)) || (SamePath(one, second) && SamePath(other, first)));

    /// <summary>The money value whose currency (<c>m.Currency</c>) or currency code (<c>m.Currency.Code</c>) an operand reads, or null.</summary>
    private static IOperation? CurrencyOf(IOperation operand, KnownTypes types)
    {
        var value = operand.SkipConversions();
        if (value is IPropertyReferenceOperation { Property.Name: "Code", Instance: { } currency } && types.IsCurrency(currency.Type))
        {
            value = currency.SkipConversions();
        }

        return value is IPropertyReferenceOperation { Instance: { } money } read && types.IsCurrency(read.Type) && types.IsMoney(money.Type) ? money : null;
    }

    /// <summary>
    /// Whether a statement always leaves: <c>return</c>, <c>throw</c>, <c>continue</c>, <c>break</c>, or a block ending
    /// in one; not <c>goto</c>, which may jump forward to the code it would guard.
    /// </summary>
    public static bool Exits(IOperation statement) =>
        statement switch
        {
            IReturnOperation or IThrowOperation => true,
            IBranchOperation branch => branch.BranchKind != BranchKind.GoTo,
            IExpressionStatementOperation { Operation: IThrowOperation } => true,
            IBlockOperation { Operations: { Length: > 0 } operations } => Exits(operations[operations.Length - 1]),
            _ => false,
        };

    /// <summary>Whether two operations read the same storage: the same local or parameter, or the same member of the same path.</summary>
    public static bool SamePath(IOperation? left, IOperation? right)
    {
        for (int i = 0; i < 8; i++)
        {
            left = left.SkipConversions();
            right = right.SkipConversions();
            switch (left, right)
            {
                case (ILocalReferenceOperation a, ILocalReferenceOperation b):
                    return SymbolEqualityComparer.Default.Equals(a.Local, b.Local);
                case (IParameterReferenceOperation a, IParameterReferenceOperation b):
                    return SymbolEqualityComparer.Default.Equals(a.Parameter, b.Parameter);
                case (IMemberReferenceOperation a, IMemberReferenceOperation b) when SymbolEqualityComparer.Default.Equals(a.Member, b.Member):
                    if (a.Instance is null or IInstanceReferenceOperation && b.Instance is null or IInstanceReferenceOperation)
                    {
                        return true;
                    }

                    (left, right) = (a.Instance, b.Instance);
                    break;
                default:
                    return false;
            }
        }

        return false;
    }
}
