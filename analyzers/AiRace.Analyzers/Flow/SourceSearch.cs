using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRace.Analyzers;

/// <summary>
/// Finds where a name is written in the compilation's sources, to gather every write of a member or every
/// construction of a type: a search of each tree's text for the name as a whole word, confirmed on the syntax token
/// found there. Nothing is indexed ahead: a search costs one scan of the text of the trees it is asked about, and
/// members that only their own type can write (private, readonly, get-only) are searched for in that type's files only.
/// Semantic models of other trees come from the compilation, which hands out the analyzer driver's cached models.
/// </summary>
internal sealed class SourceSearch
{
    private readonly Compilation _compilation;

    // the text of each tree whose source text does not hold one string (large files), made once
    private readonly ConcurrentDictionary<SyntaxTree, string> _texts = new();

    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private List<ImplicitObjectCreationExpressionSyntax>? _targetTyped;
    private int _mayAnnotate;

    public SourceSearch(Compilation compilation) => _compilation = compilation;

    /// <summary>The compilation's own assembly.</summary>
    public IAssemblySymbol Assembly => _compilation.Assembly;

    /// <summary>
    /// Whether some source file may apply <c>[Currency(…)]</c>: its text holds <c>Currency(</c> after something that
    /// is not part of a longer name (worked out once). False means no symbol of the compilation is annotated.
    /// </summary>
    public bool MayAnnotate
    {
        get
        {
            int state = Volatile.Read(ref _mayAnnotate);
            if (state == 0)
            {
                state = 2;
                foreach (var tree in _compilation.SyntaxTrees)
                {
                    string text = TextOf(tree, CancellationToken.None);
                    if (WholeWordAt(text, "Currency(") || WholeWordAt(text, "CurrencyAttribute("))
                    {
                        state = 1;
                        break;
                    }
                }

                Volatile.Write(ref _mayAnnotate, state);
            }

            return state == 1;
        }
    }

    private static bool WholeWordAt(string text, string word)
    {
        int at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            if (at == 0 || !IsIdentifierChar(text[at - 1]))
            {
                return true;
            }

            at += word.Length;
        }

        return false;
    }

    /// <summary>
    /// Whether every declaration of a symbol is in this compilation's trees. A symbol of a referenced project (a
    /// compilation reference in the IDE) has syntax in another compilation, whose trees no model of this one can bind.
    /// </summary>
    public bool IsOwn(ISymbol symbol)
    {
        var references = symbol.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return false;
        }

        foreach (var reference in references)
        {
            if (!_compilation.ContainsSyntaxTree(reference.SyntaxTree))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The semantic model of a tree of the compilation.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisPerformance", "RS1030", Justification = "Facts about a member come from other trees (its writes, its constructions); the analyzer driver gives the compilation a caching semantic model provider, so these are the models it binds anyway.")]
    public SemanticModel ModelOf(SyntaxTree tree)
    {
        if (!_models.TryGetValue(tree, out var model))
        {
            model = _models.GetOrAdd(tree, _compilation.GetSemanticModel(tree));
        }

        return model;
    }

    /// <summary>The trees in which code that can write the member may be: its type's files, or every file.</summary>
    public IEnumerable<SyntaxTree> TreesThatCanWrite(ISymbol member)
    {
        // a parameter (of a primary constructor) is written only inside its type
        if (member is IParameterSymbol && member.ContainingType is { } parameterType)
        {
            return TreesOf(parameterType);
        }

        // a private symbol (the member, or a type around it) is written only inside the type that declares it
        for (var current = member; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility == Accessibility.Private && current.ContainingType is { } declaring)
            {
                return TreesOf(declaring);
            }
        }

        bool ownTypeOnly = member switch
        {
            IFieldSymbol field => field.IsReadOnly || field.IsConst,
            IPropertySymbol property => property.SetMethod is null || property.SetMethod.DeclaredAccessibility == Accessibility.Private,
            _ => false,
        };

        return ownTypeOnly && member.ContainingType is { } type ? TreesOf(type) : _compilation.SyntaxTrees;
    }

    /// <summary>
    /// The trees in which code that can reach a member (to read it, add to it, hand it on) may be: its type's files
    /// for a private member, else every file.
    /// </summary>
    public IEnumerable<SyntaxTree> TreesThatCanReach(ISymbol member)
    {
        for (var current = member; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility == Accessibility.Private && current.ContainingType is { } declaring)
            {
                return TreesOf(declaring);
            }
        }

        return _compilation.SyntaxTrees;
    }

    /// <summary>The trees that declare a type (several for a partial type).</summary>
    public static IEnumerable<SyntaxTree> TreesOf(INamedTypeSymbol type)
    {
        var references = type.DeclaringSyntaxReferences;
        if (references.Length == 1)
        {
            return new[] { references[0].SyntaxTree };
        }

        var trees = new List<SyntaxTree>(references.Length);
        foreach (var reference in references)
        {
            if (!trees.Contains(reference.SyntaxTree))
            {
                trees.Add(reference.SyntaxTree);
            }
        }

        return trees;
    }

    /// <summary>Every identifier token with this name in the trees (in code: not in comments or strings).</summary>
    public IEnumerable<SyntaxToken> Identifiers(string name, IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        foreach (var tree in trees)
        {
            var root = tree.GetRoot(cancellationToken);
            foreach (var token in Identifiers(name, root, cancellationToken))
            {
                yield return token;
            }
        }
    }

    /// <summary>Every identifier token with this name inside a node.</summary>
    public IEnumerable<SyntaxToken> Identifiers(string name, SyntaxNode scope, CancellationToken cancellationToken)
    {
        var tree = scope.SyntaxTree;
        string text = TextOf(tree, cancellationToken);
        int at = scope.Span.Start;
        int stop = Math.Min(scope.Span.End, text.Length);
        while (at < stop && (at = text.IndexOf(name, at, stop - at, StringComparison.Ordinal)) >= 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = at + name.Length;
            if ((at == 0 || !IsIdentifierChar(text[at - 1])) && (end == text.Length || !IsIdentifierChar(text[end])))
            {
                var token = scope.FindToken(at);
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
                {
                    yield return token;
                }
            }

            at = end;
        }
    }

    /// <summary>Every target-typed <c>new(…)</c> of the compilation (found once, on first use).</summary>
    public IReadOnlyList<ImplicitObjectCreationExpressionSyntax> TargetTypedCreations(CancellationToken cancellationToken)
    {
        var found = Volatile.Read(ref _targetTyped);
        if (found is null)
        {
            var creations = new List<ImplicitObjectCreationExpressionSyntax>();
            foreach (var token in Keywords("new", _compilation.SyntaxTrees, cancellationToken))
            {
                if (token.Parent is ImplicitObjectCreationExpressionSyntax creation)
                {
                    creations.Add(creation);
                }
            }

            found = Interlocked.CompareExchange(ref _targetTyped, creations, null) ?? creations;
        }

        return found;
    }

    private IEnumerable<SyntaxToken> Keywords(string keyword, IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        foreach (var tree in trees)
        {
            string text = TextOf(tree, cancellationToken);
            int at = 0;
            while ((at = text.IndexOf(keyword, at, StringComparison.Ordinal)) >= 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int end = at + keyword.Length;
                if ((at == 0 || !IsIdentifierChar(text[at - 1])) && (end == text.Length || !IsIdentifierChar(text[end])))
                {
                    var token = tree.GetRoot(cancellationToken).FindToken(at);
                    if (token.Span.Start == at && token.Text == keyword)
                    {
                        yield return token;
                    }
                }

                at = end;
            }
        }
    }

    private string TextOf(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (_texts.TryGetValue(tree, out var cached))
        {
            return cached;
        }

        // a source text read from one string gives that string back without a copy; others are kept once made
        var text = tree.GetText(cancellationToken);
        string whole = text.ToString();
        if (text.Length > 32 * 1024)
        {
            _texts.TryAdd(tree, whole);
        }

        return whole;
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
