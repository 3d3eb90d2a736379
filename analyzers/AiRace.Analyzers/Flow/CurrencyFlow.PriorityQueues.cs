using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A local priority queue whose priorities are money (issue 12 §1): <c>var queue = new PriorityQueue&lt;string,
/// Money&gt;();</c> orders what it holds with Money's <c>CompareTo</c>, which throws when two currencies meet. An
/// <c>Enqueue</c> into a queue that holds priorities of one currency, given a priority of another, compares the two.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// The priority an <c>Enqueue(element, priority)</c> into a local <c>PriorityQueue&lt;T, Money&gt;</c> is surely
    /// compared with, and the priority given: the first priority of the straight-line <c>Enqueue</c> statements of the
    /// queue's own block between its creation (<c>new()</c>, or with a capacity: no comparer, no elements) and this one,
    /// when they all state one currency; else null. Null when the queue is used in any other way between the two (other
    /// than reading <c>Count</c>, <c>Peek</c> or <c>TryPeek</c>), when this <c>Enqueue</c> is not a statement of that
    /// block, in a block with a label (a jump may skip a statement) and when a local function of the block uses the queue. Cheap: names are tested before types.
    /// </summary>
    public (IOperation Held, IOperation Given)? QueuedPriorities(IInvocationOperation enqueue, FlowMode mode, CancellationToken cancellationToken)
    {
        if (enqueue is not { TargetMethod.Name: "Enqueue", Arguments.Length: 2, Instance: ILocalReferenceOperation { Local: { IsRef: false } local } }
            || local.Type is not INamedTypeSymbol { Name: "PriorityQueue", TypeArguments.Length: 2 } queueType
            || !CallSource.IsCollectionsGeneric(queueType) || !_types.IsMoney(queueType.TypeArguments[1])
            || enqueue.Parent is not IExpressionStatementOperation { Parent: IBlockOperation block } statement)
        {
            return null;
        }

        int at = -1;
        int made = -1;
        for (int i = 0; i < block.Operations.Length; i++)
        {
            var operation = block.Operations[i];
            if (operation is ILabeledOperation || operation is ILocalFunctionOperation && !NoQueueUse(operation, local))
            {
                // a jump may skip a statement; a local function using the queue may be called from any statement
                return null;
            }

            if (ReferenceEquals(operation, statement))
            {
                at = i;
            }
            else if (made < 0 && operation is IVariableDeclarationGroupOperation group && DeclaresEmptyQueue(group, local))
            {
                made = i;
            }
        }

        if (made < 0 || at <= made)
        {
            return null;
        }

        IOperation? held = null;
        string? code = null;
        for (int i = made + 1; i < at; i++)
        {
            var operation = block.Operations[i];
            if (operation is IExpressionStatementOperation { Operation: IInvocationOperation { TargetMethod.Name: "Enqueue", Arguments.Length: 2, Instance: ILocalReferenceOperation earlier } before }
                && SymbolEqualityComparer.Default.Equals(earlier.Local, local))
            {
                var priority = PriorityOf(before);
                if (priority is null || Resolve(priority, mode, cancellationToken) is not { } known || code is not null && known != code || !NoQueueUse(priority, local))
                {
                    return null;
                }

                code = known;
                held ??= priority;
                continue;
            }

            if (!NoQueueUse(operation, local))
            {
                return null;
            }
        }

        return held is not null && PriorityOf(enqueue) is { } given && NoQueueUse(given, local) ? (held, given) : null;
    }

    /// <summary>The value given for an <c>Enqueue</c>'s <c>priority</c> parameter.</summary>
    private static IOperation? PriorityOf(IInvocationOperation enqueue)
    {
        foreach (var argument in enqueue.Arguments)
        {
            if (argument.Parameter?.Ordinal == 1)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>Whether a declaration makes the local an empty priority queue ordered by the default comparer.</summary>
    private static bool DeclaresEmptyQueue(IVariableDeclarationGroupOperation group, ILocalSymbol local) =>
        Declared(group, local) is IObjectCreationOperation { Initializer: null, Constructor: { } constructor } creation
            && SymbolEqualityComparer.Default.Equals(creation.Type, local.Type)
            && (constructor.Parameters.Length == 0
                || constructor.Parameters.Length == 1 && constructor.Parameters[0].Type.SpecialType == SpecialType.System_Int32);

    /// <summary>Whether an operation uses the queue local only to read <c>Count</c>, <c>Peek()</c> or <c>TryPeek(…)</c> (which take nothing away).</summary>
    private static bool NoQueueUse(IOperation operation, ILocalSymbol local)
    {
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && !(reference.Parent is IPropertyReferenceOperation { Property.Name: "Count" }
                    || reference.Parent is IInvocationOperation { TargetMethod.Name: "Peek" or "TryPeek" } peek && ReferenceEquals(peek.Instance, reference)))
            {
                return false;
            }
        }

        return true;
    }
}
