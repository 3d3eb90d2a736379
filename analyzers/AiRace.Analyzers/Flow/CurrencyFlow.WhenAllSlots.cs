using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// An element read with a constant index from a local that holds the results of <c>await Task.WhenAll(a, b)</c>, the
    /// tasks given one by one (<c>results[1]</c>: what <c>b</c> gives when awaited, since the array holds the results in
    /// the order of the tasks; the framework's <c>System.Threading.Tasks.Task</c>, not a type of that name elsewhere), when
    /// every other use of the local only reads an element of it; else null.
    /// </summary>
    private string? WhenAllSlot(IArrayElementReferenceOperation element, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (element.Indices.Length != 1 || element.Indices[0].ConstantValue is not { HasValue: true, Value: int index } || index < 0
            || element.ArrayReference.SkipConversions() is not ILocalReferenceOperation { Local: { IsRef: false, Type: IArrayTypeSymbol { Rank: 1 } type } local } reference
            || !_types.IsMoney(type.ElementType)
            || ValueFlow.SingleValue(reference, null, _singleValues, mode, cancellationToken)?.SkipConversions() is not IAwaitOperation { Operation: IInvocationOperation whenAll }
            || whenAll.TargetMethod is not { Name: "WhenAll", IsStatic: true, ContainingType: { Name: "Task", ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } } }
            || whenAll.Arguments.Length != 1 || TasksGiven(whenAll.Arguments[0]) is not { IsDefault: false } tasks || index >= tasks.Length
            || !OnlyElementsRead(reference, local))
        {
            return null;
        }

        return Value(tasks[index], depth, mode, cancellationToken);
    }

    /// <summary>The tasks a <c>params</c> argument gives one by one (an array or a collection made for the call), or default.</summary>
    private static ImmutableArray<IOperation> TasksGiven(IArgumentOperation argument)
    {
        if (argument.ArgumentKind != ArgumentKind.ParamArray && argument.ArgumentKind != ArgumentKind.ParamCollection)
        {
            return default;
        }

        switch (ArrayBehindSpan(argument.Value).SkipConversions())
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues;
            case ICollectionExpressionOperation collection:
                foreach (var item in collection.Elements)
                {
                    if (item is ISpreadOperation)
                    {
                        return default;
                    }
                }

                return collection.Elements;
            default:
                return default;
        }
    }

    /// <summary>Whether every reference to a local in the code around a read of it (its whole body) reads one element of it, or is the read itself.</summary>
    private static bool OnlyElementsRead(IOperation read, ILocalSymbol local)
    {
        var root = read;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var descendant in root.Descendants())
        {
            if (descendant is not ILocalReferenceOperation { Local: { } other } use || !SymbolEqualityComparer.Default.Equals(other, local) || use.IsDeclaration)
            {
                continue;
            }

            IOperation node = use;
            while (node.Parent is IConversionOperation conversion && conversion.Operand == node && SymbolEqualityComparer.Default.Equals(conversion.Type, node.Type))
            {
                node = conversion;
            }

            if (node.Parent is ISimpleAssignmentOperation { Target: var assigned } && assigned == node)
            {
                // the local's own write: SingleValue has counted it
                continue;
            }

            if (node.Parent is not IArrayElementReferenceOperation slot || slot.ArrayReference != node || !IsRead(slot))
            {
                return false;
            }
        }

        return true;

        static bool IsRead(IOperation slot) => slot.Parent switch
        {
            ISimpleAssignmentOperation assignment => assignment.Target != slot,
            ICompoundAssignmentOperation compound => compound.Target != slot,
            ICoalesceAssignmentOperation coalesce => coalesce.Target != slot,
            IIncrementOrDecrementOperation or ITupleOperation or IDeconstructionAssignmentOperation => false,
            IArgumentOperation argument => argument.Parameter is { RefKind: RefKind.None or RefKind.In },
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } } => false,
            IReturnOperation => slot.SemanticModel is null || !ReturnsByRef(slot),
            _ => true,
        };

        static bool ReturnsByRef(IOperation slot) =>
            slot.Syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.RefExpressionSyntax;
    }
}
