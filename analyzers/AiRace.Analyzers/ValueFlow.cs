using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// How value flow treats a local's later writes. Proving that nothing writes a local means searching its scope, so
/// callers first ask optimistically (the local keeps its initial value) and ask again exactly only when the optimistic
/// answer would produce a diagnostic. An exact answer is always null or the optimistic one, so nothing is lost.
/// </summary>
internal enum FlowMode
{
    /// <summary>A local is taken to hold its initial value; writes after the declaration are not looked for.</summary>
    Optimistic,

    /// <summary>A local has its initial value only when nothing in its scope can write it.</summary>
    Exact,
}

/// <summary>
/// Finds the single value a local, a readonly field or a get-only property is given, when that is the only value it can
/// ever hold. Conservative: anything it cannot prove gives null.
/// </summary>
internal static class ValueFlow
{
    /// <summary>The value a reference always stands for, or null.</summary>
    /// <param name="reference">A reference to a local, field or property.</param>
    /// <param name="ignoredWrite">A compound assignment whose own write is not counted (it reads the value first).</param>
    /// <param name="members">The compilation's cache of field and property values.</param>
    /// <param name="mode">Whether a local's later writes are looked for.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    [MethodImpl(Hot.Path)]
    public static IOperation? SingleValue(IOperation reference, IOperation? ignoredWrite, MemberValues members, FlowMode mode, CancellationToken cancellationToken)
    {
        var model = reference.SemanticModel;
        if (model is null)
        {
            return null;
        }

        switch (reference)
        {
            case ILocalReferenceOperation local:
                return LocalValue(local, ignoredWrite, model, mode, cancellationToken);
            case IFieldReferenceOperation field:
                return members.ValueOf(field.Field, model, FieldValue, cancellationToken);
            case IPropertyReferenceOperation property when property.Arguments.IsEmpty:
                return members.ValueOf(property.Property, model, PropertyValue, cancellationToken);
            default:
                return null;
        }
    }

    [MethodImpl(Hot.Path)]
    private static IOperation? LocalValue(ILocalReferenceOperation reference, IOperation? ignoredWrite, SemanticModel model, FlowMode mode, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsRef || local.IsConst)
        {
            return null;
        }

        // the declaration is nearly always a statement of a block around the reference: found there without asking the
        // symbol for its syntax (which allocates) or the semantic model for the initializer's operation
        VariableDeclaratorSyntax? declarator = null;
        IOperation? value = null;
        if (DeclaratorInTree(reference, local) is { } inTree)
        {
            declarator = inTree.Syntax as VariableDeclaratorSyntax;
            value = inTree.Initializer?.Value;
            if (value is null)
            {
                return null;
            }
        }
        else if (local.DeclaringSyntaxReferences is { Length: 1 } references && references[0].SyntaxTree == model.SyntaxTree)
        {
            declarator = references[0].GetSyntax(cancellationToken) as VariableDeclaratorSyntax;
        }

        // a declarator found among a block's declaration groups is not a using declaration or a fixed statement (those
        // are operations of their own); one found through the symbol's syntax may be
        if (declarator is not { Initializer: { } initializer } || (value is null && IsUsingOrFixed(declarator))
            || (mode == FlowMode.Exact && LocalWrites.MayBeWritten(local.Name, declarator, ignoredWrite?.Syntax, model, cancellationToken)))
        {
            return null;
        }

        return value ?? model.GetOperation(initializer.Value, cancellationToken);
    }

    /// <summary>The same local: compared by reference, then by name, before the (costlier) symbol comparison.</summary>
    private static bool IsSame(ILocalSymbol candidate, ILocalSymbol local) =>
        ReferenceEquals(candidate, local) || (candidate.Name == local.Name && SymbolEqualityComparer.Default.Equals(candidate, local));

    /// <summary>Using declarations and fixed statements are not plain values.</summary>
    [MethodImpl(Hot.Path)]
    private static bool IsUsingOrFixed(VariableDeclaratorSyntax declarator) =>
        declarator.Parent is VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 } or FixedStatementSyntax };

    /// <summary>The declarator of a local among the statements of the innermost block around the reference that declares it, or null.</summary>
    [MethodImpl(Hot.Path)]
    private static IVariableDeclaratorOperation? DeclaratorInTree(IOperation reference, ILocalSymbol local)
    {
        // declarators are matched by the name in their syntax first (a string comparison), by symbol only then
        string name = local.Name;
        for (var ancestor = reference.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor.Kind != OperationKind.Block)
            {
                continue;
            }

            foreach (var statement in ((IBlockOperation)ancestor).Operations)
            {
                if (statement.Kind != OperationKind.VariableDeclarationGroup)
                {
                    continue;
                }

                foreach (var declaration in ((IVariableDeclarationGroupOperation)statement).Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        if (declarator.Syntax is VariableDeclaratorSyntax syntax && syntax.Identifier.ValueText == name && IsSame(declarator.Symbol, local))
                        {
                            return declarator;
                        }
                    }
                }
            }
        }

        return null;
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
