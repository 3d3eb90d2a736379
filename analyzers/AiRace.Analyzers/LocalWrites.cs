using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// The writes of each local, collected once per operation tree and shared by the callbacks of one operation block
/// (or of one callback). Never static: nothing outlives the analysis that created it.
/// </summary>
internal sealed class LocalWrites
{
    /// <summary>Per operation tree (a method body, an initializer), the writes of each local, collected once.</summary>
    private readonly Dictionary<IOperation, Dictionary<ILocalSymbol, List<IOperation>>> _writesByRoot = new();

    /// <summary>Whether the local is written anywhere in the tree except by <paramref name="ignoredWrite"/>.</summary>
    public bool IsWrittenAfterDeclaration(IOperation root, ILocalSymbol local, IOperation? ignoredWrite)
    {
        Dictionary<ILocalSymbol, List<IOperation>>? writes;
        lock (_writesByRoot)
        {
            if (!_writesByRoot.TryGetValue(root, out writes))
            {
                writes = CollectWrites(root);
                _writesByRoot.Add(root, writes);
            }
        }

        if (!writes.TryGetValue(local, out var writers))
        {
            return false;
        }

        foreach (var writer in writers)
        {
            if (ignoredWrite is null || writer != ignoredWrite)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<ILocalSymbol, List<IOperation>> CollectWrites(IOperation root)
    {
        var writes = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        foreach (var operation in root.Descendants())
        {
            if (operation is ILocalReferenceOperation reference && IsWrite(reference))
            {
                if (!writes.TryGetValue(reference.Local, out var writers))
                {
                    writers = new List<IOperation>(1);
                    writes.Add(reference.Local, writers);
                }

                // the parent is what writes (an assignment, an increment, an argument); null stands for "unknown writer"
                writers.Add(reference.Parent ?? reference);
            }
        }

        return writes;
    }

    private static bool IsWrite(IOperation reference)
    {
        var parent = reference.Parent;
        switch (parent)
        {
            case IAssignmentOperation assignment:
                return assignment.Target == reference;
            case IIncrementOrDecrementOperation:
            case IAddressOfOperation:
            case ITupleOperation:
                return true;
            case IArgumentOperation argument:
                return argument.Parameter is null || argument.Parameter.RefKind is RefKind.Ref or RefKind.Out;
            case IVariableInitializerOperation:
                return reference.Syntax.Parent is RefExpressionSyntax;
            case IReturnOperation:
                return reference.Syntax.Parent is RefExpressionSyntax;
            default:
                return reference.Syntax.Parent is RefExpressionSyntax;
        }
    }
}
