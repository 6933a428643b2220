using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Alta.Generators.Evaluate.Operations;

/// <summary>
/// The bound operation tree of each method, once per compilation: binding a body is the costly part of a
/// short evaluation, and one program runs its providers, initialisers and several MLP explorations.
/// </summary>
internal sealed class MethodBodies
{
    private static readonly ConditionalWeakTable<Compilation, MethodBodies> PerCompilation = new();
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, IOperation?> _bodies = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IFieldSymbol, IOperation?> _initializers = new(SymbolEqualityComparer.Default);

    private MethodBodies(Compilation compilation) => _compilation = compilation;

    public static MethodBodies For(Compilation compilation) => PerCompilation.GetValue(compilation, c => new MethodBodies(c));

    /// <summary>The body of a method declared in source (block or arrow), or null when it has none.</summary>
    public IOperation? Get(IMethodSymbol method, CancellationToken cancellation) =>
        _bodies.GetOrAdd(method, m =>
        {
            var syntax = m.DeclaringSyntaxReferences[0].GetSyntax(cancellation);
            var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
            return syntax switch
            {
                MethodDeclarationSyntax { Body: { } block } => model.GetOperation(block, cancellation),
                MethodDeclarationSyntax { ExpressionBody: { } arrow } => model.GetOperation(arrow, cancellation),
                AccessorDeclarationSyntax { Body: { } block } => model.GetOperation(block, cancellation),
                AccessorDeclarationSyntax { ExpressionBody: { } arrow } => model.GetOperation(arrow, cancellation),
                ArrowExpressionClauseSyntax arrow => model.GetOperation(arrow, cancellation),
                _ => null,
            };
        });

    /// <summary>The value a field declared in source is initialised with (<c>static readonly int[] T = { ... }</c>), or null.</summary>
    public IOperation? Initializer(IFieldSymbol field, CancellationToken cancellation) =>
        _initializers.GetOrAdd(field, f =>
        {
            if (f.DeclaringSyntaxReferences.Length == 0) return null;
            if (f.DeclaringSyntaxReferences[0].GetSyntax(cancellation) is not VariableDeclaratorSyntax { Initializer: { } initializer }) return null;
            var model = _compilation.GetSemanticModel(initializer.SyntaxTree);
            return (model.GetOperation(initializer, cancellation) as IFieldInitializerOperation)?.Value;
        });
}
