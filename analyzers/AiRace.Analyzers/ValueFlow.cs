using System.Collections.Generic;
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
    /// <param name="writes">The caller's cache of local writes (one per operation block or callback).</param>
    /// <param name="members">The compilation's cache of field and property values.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    public static IOperation? SingleValue(IOperation reference, IOperation? ignoredWrite, LocalWrites writes, MemberValues members, CancellationToken cancellationToken)
    {
        var model = reference.SemanticModel;
        if (model is null)
        {
            return null;
        }

        switch (reference)
        {
            case ILocalReferenceOperation local:
                return LocalValue(local, ignoredWrite, writes, model, cancellationToken);
            case IFieldReferenceOperation field:
                return members.ValueOf(field.Field, model, FieldValue, cancellationToken);
            case IPropertyReferenceOperation property when property.Arguments.IsEmpty:
                return members.ValueOf(property.Property, model, PropertyValue, cancellationToken);
            default:
                return null;
        }
    }

    private static IOperation? LocalValue(ILocalReferenceOperation reference, IOperation? ignoredWrite, LocalWrites writes, SemanticModel model, CancellationToken cancellationToken)
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

        var root = reference.Root();
        if (writes.IsWrittenAfterDeclaration(root, local, ignoredWrite))
        {
            return null;
        }

        return writes.InitializerOf(root, local) ?? model.GetOperation(initializer.Value, cancellationToken);
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
