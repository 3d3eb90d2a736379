using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Finds the single value a local, a readonly field or a get-only property is given, when that is the only value it can
/// ever hold. Conservative: anything it cannot prove gives null.
/// </summary>
internal static class ValueFlow
{
    /// <summary>The value a reference always stands for, or null.</summary>
    /// <param name="reference">A reference to a local, field or property.</param>
    /// <param name="ignoredWrite">A compound assignment whose own write is not counted (it reads the value first).</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    public static IOperation? SingleValue(IOperation reference, IOperation? ignoredWrite, CancellationToken cancellationToken)
    {
        var model = reference.SemanticModel;
        if (model is null)
        {
            return null;
        }

        switch (reference)
        {
            case ILocalReferenceOperation local:
                return LocalValue(local, ignoredWrite, model, cancellationToken);
            case IFieldReferenceOperation field:
                return FieldValue(field.Field, model, cancellationToken);
            case IPropertyReferenceOperation property when property.Arguments.IsEmpty:
                return PropertyValue(property.Property, model, cancellationToken);
            default:
                return null;
        }
    }

    private static IOperation? LocalValue(ILocalReferenceOperation reference, IOperation? ignoredWrite, SemanticModel model, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsRef || local.IsConst || local.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntaxReference = local.DeclaringSyntaxReferences[0];
        if (syntaxReference.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        if (syntaxReference.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer })
        {
            return null;
        }

        // using declarations and fixed statements are not plain values
        if (initializer.Parent?.Parent is VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 } or FixedStatementSyntax })
        {
            return null;
        }

        if (IsWrittenAfterDeclaration(reference.Root(), local, ignoredWrite))
        {
            return null;
        }

        return model.GetOperation(initializer.Value, cancellationToken);
    }

    /// <summary>
    /// Per operation tree (a method body, an initializer), the writes of each local, computed once and shared by every
    /// callback that analyses the same tree. Keys are weak: a finished compilation's trees are collected.
    /// </summary>
    private static readonly ConditionalWeakTable<IOperation, Dictionary<ILocalSymbol, List<IOperation>>> WritesByRoot = new();

    private static bool IsWrittenAfterDeclaration(IOperation root, ILocalSymbol local, IOperation? ignoredWrite)
    {
        var writes = WritesByRoot.GetValue(root, CollectWrites);
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

    private static IOperation? FieldValue(IFieldSymbol field, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!field.IsReadOnly || field.IsVolatile || field.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntaxReference = field.DeclaringSyntaxReferences[0];
        if (syntaxReference.SyntaxTree != model.SyntaxTree
            || syntaxReference.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer })
        {
            return null;
        }

        if (IsAssignedByConstructionCode(field.ContainingType, field.Name, cancellationToken))
        {
            return null;
        }

        return model.GetOperation(initializer.Value, cancellationToken);
    }

    private static IOperation? PropertyValue(IPropertySymbol property, SemanticModel model, CancellationToken cancellationToken)
    {
        if (property.SetMethod is not null || property.IsVirtual || property.IsAbstract || property.IsOverride || property.IsIndexer
            || property.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntaxReference = property.DeclaringSyntaxReferences[0];
        if (syntaxReference.SyntaxTree != model.SyntaxTree
            || syntaxReference.GetSyntax(cancellationToken) is not PropertyDeclarationSyntax declaration)
        {
            return null;
        }

        if (declaration.ExpressionBody is { } arrow)
        {
            return model.GetOperation(arrow.Expression, cancellationToken);
        }

        if (declaration.Initializer is { } initializer
            && declaration.AccessorList is { Accessors.Count: 1 } accessors
            && accessors.Accessors[0] is { Body: null, ExpressionBody: null } getter
            && getter.IsKind(SyntaxKind.GetAccessorDeclaration)
            && !IsAssignedByConstructionCode(property.ContainingType, property.Name, cancellationToken))
        {
            return model.GetOperation(initializer.Value, cancellationToken);
        }

        return null;
    }

    /// <summary>Whether a constructor or init accessor of the type mentions the member by name (then it may assign it).</summary>
    private static bool IsAssignedByConstructionCode(INamedTypeSymbol? type, string name, CancellationToken cancellationToken)
    {
        if (type is null)
        {
            return true;
        }

        foreach (var typeReference in type.DeclaringSyntaxReferences)
        {
            if (typeReference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax typeSyntax)
            {
                return true;
            }

            foreach (var member in typeSyntax.Members)
            {
                bool constructionCode = member is ConstructorDeclarationSyntax
                    || (member is BasePropertyDeclarationSyntax { AccessorList: { } list } && HasInit(list));
                if (!constructionCode)
                {
                    continue;
                }

                foreach (var token in member.DescendantTokens())
                {
                    if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
                    {
                        return true;
                    }
                }
            }
        }

        return false;

        static bool HasInit(AccessorListSyntax list)
        {
            foreach (var accessor in list.Accessors)
            {
                if (accessor.IsKind(SyntaxKind.InitAccessorDeclaration))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
