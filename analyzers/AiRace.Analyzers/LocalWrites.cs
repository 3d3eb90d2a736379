using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// The writes and declared initial values of each local, collected in one walk per operation tree and shared by the
/// callbacks of one operation block (or of one callback). Never static: nothing outlives the analysis that created it.
/// </summary>
internal sealed class LocalWrites
{
    /// <summary>Per operation tree (a method body, an initializer), what is known of its locals, collected once.</summary>
    private readonly Dictionary<IOperation, Locals> _byRoot = new();

    /// <summary>Whether the local is written anywhere in the tree except by <paramref name="ignoredWrite"/>.</summary>
    public bool IsWrittenAfterDeclaration(IOperation root, ILocalSymbol local, IOperation? ignoredWrite)
    {
        if (!Of(root).Writes.TryGetValue(local, out var writers))
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

    /// <summary>
    /// The operation of the expression that initialises the local in its declarator, from this tree (what
    /// <c>SemanticModel.GetOperation</c> returns for that expression, without building a second tree), or null.
    /// </summary>
    public IOperation? InitializerOf(IOperation root, ILocalSymbol local) =>
        Of(root).Initializers.TryGetValue(local, out var value) ? value : null;

    private Locals Of(IOperation root)
    {
        lock (_byRoot)
        {
            if (!_byRoot.TryGetValue(root, out var locals))
            {
                locals = Collect(root);
                _byRoot.Add(root, locals);
            }

            return locals;
        }
    }

    private static Locals Collect(IOperation root)
    {
        var locals = new Locals();
        var writes = locals.Writes;
        foreach (var operation in root.Descendants())
        {
            if (operation is IVariableDeclaratorOperation { Initializer.Value: { } value } declarator)
            {
                // an implicit conversion shares the expression's syntax; GetOperation gives the expression itself
                while (value is IConversionOperation { IsImplicit: true } conversion && conversion.Operand.Syntax == value.Syntax)
                {
                    value = conversion.Operand;
                }

                locals.Initializers[declarator.Symbol] = value;
            }
            else if (operation is ILocalReferenceOperation reference && IsWrite(reference))
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

        return locals;
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

    /// <summary>The writes and the declared initial values of the locals of one operation tree.</summary>
    private sealed class Locals
    {
        public Dictionary<ILocalSymbol, List<IOperation>> Writes { get; } = new(SymbolEqualityComparer.Default);

        public Dictionary<ILocalSymbol, IOperation> Initializers { get; } = new(SymbolEqualityComparer.Default);
    }
}
