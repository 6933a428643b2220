using System;
using System.Collections.Generic;
using System.Threading;
using Alta.Generators.Evaluate.Diagrams;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Evaluate.Operations;

/// <summary>
/// Executes C# over Roslyn's <see cref="IOperation"/> tree on every path at once: each value is a decision
/// diagram over the variables read. Control flow never forks; instead <see cref="Alive"/> (the paths still
/// running) masks every write, and the two sides of an <c>if</c> run one after the other and merge.
/// Failures (division by zero, null <c>.Value</c>, <c>throw</c>) end their paths and are kept in <see cref="Fault"/>.
/// </summary>
internal sealed partial class SymbolicExecutor
{
    public static readonly DiagnosticDescriptor Unsupported = EvaluationDiagnostics.Unsupported;
    public const int DefaultLoopCap = 10_000;
    public const int MaxCallDepth = 64;

    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol _programType;
    private readonly IFieldStore? _fields;
    private readonly CancellationToken _cancellation;
    private readonly Dictionary<IMethodSymbol, IOperation> _bodies = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IMethodSymbol, int> _activeCalls = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<(IOperation, string), Failure> _failures = new();
    private Frame _frame;
    private int _depth;

    public SymbolicExecutor(DecisionDiagram diagram, Compilation compilation, INamedTypeSymbol programType, IFieldStore? fields, CancellationToken cancellation)
    {
        D = diagram;
        _compilation = compilation;
        _programType = programType;
        _fields = fields;
        _cancellation = cancellation;
        Alive = D.True;
        Fault = D.Constant(Value.Null);
        Faulted = D.False;
        _frame = new Frame(null, D.False, D.Constant(Value.Null));
    }

    public DecisionDiagram D { get; }

    /// <summary>The paths still running normally.</summary>
    public int Alive { get; private set; }

    /// <summary>Per path: null while fine, else the error value that ended it.</summary>
    public int Fault { get; private set; }

    /// <summary>The paths that failed (boolean).</summary>
    public int Faulted { get; private set; }

    /// <summary>How many loop iterations one loop may run before it is reported.</summary>
    public int LoopCap { get; set; } = DefaultLoopCap;

    /// <summary>Constructs outside the build-time subset, each once, in the order met.</summary>
    public List<UnsupportedException> Rejected { get; } = new();

    private void Reject(UnsupportedException e)
    {
        foreach (var known in Rejected)
            if (known.Id == e.Id && Equals(known.Location, e.Location) && known.Message == e.Message) return;
        Rejected.Add(e);
    }

    /// <summary>The largest number of iterations any loop ran (statistics).</summary>
    public int MostIterations { get; private set; }

    /// <summary>Runs an entry point (the MLP, an initialiser, provider or predicate); what it cannot run lands in <see cref="Rejected"/>.</summary>
    public int Run(IMethodSymbol method, IReadOnlyList<int> arguments)
    {
        int result;
        try
        {
            result = Call(method, arguments, null);
        }
        catch (UnsupportedException e)
        {
            Reject(e);
            result = D.Constant(Value.Null);
        }
        if (Rejected.Count > 0) SweepRejectedMethods();
        return result;
    }

    /// <summary>Runs a method of the program class with the given arguments (one diagram each); returns its result.</summary>
    public int Call(IMethodSymbol method, IReadOnlyList<int> arguments, IOperation? site)
    {
        var body = BodyOf(method, site);
        if (_depth >= MaxCallDepth && Alive != D.False)
            throw new UnsupportedException(Unsupported, site?.Syntax.GetLocation() ?? method.Locations[0],
                $"recursion of '{method.Name}'", $"calls nest deeper than {MaxCallDepth}; recursion needs a constant bound that ends it sooner");
        var caller = _frame;
        _frame = new Frame(method, D.False, D.Constant(Value.Null));
        for (int i = 0; i < method.Parameters.Length && i < arguments.Count; i++)
            _frame.Locals[method.Parameters[i]] = arguments[i];
        _depth++;
        _activeCalls.TryGetValue(method, out var active);
        _activeCalls[method] = active + 1;
        try
        {
            if (Alive != D.False) Execute(body);
            Alive = D.Or(Alive, _frame.Returned);
            return _frame.ReturnValue;
        }
        finally
        {
            _activeCalls[method] = active;
            _depth--;
            _frame = caller;
        }
    }

    /// <summary>Ends the paths of <see cref="Alive"/> where <paramref name="value"/> is an error, recording why.</summary>
    private int Consume(int value)
    {
        if (!D.HasError(value)) return value;
        var error = D.Test(value, static v => v.IsError);
        var hit = D.And(Alive, error);
        if (hit != D.False) Fail(hit, value);
        return value;
    }

    /// <summary>Ends the paths <paramref name="where"/>, whose failure is <paramref name="error"/>'s error leaf there.</summary>
    private void Fail(int where, int error)
    {
        Fault = D.Apply(where, error, Fault, static (w, e, f) => w.AsBool && f.IsNull && e.IsError ? e : f);
        Faulted = D.Or(Faulted, where);
        Alive = D.And(Alive, D.Not(where));
    }

    private void FailAll(Failure failure)
    {
        if (Alive == D.False) return;
        Fail(Alive, D.Constant(Value.Error(failure)));
    }

    /// <summary>Runs <paramref name="evaluate"/> on the paths <paramref name="where"/> only, then resumes every path still running.</summary>
    private int Narrowed(int where, Func<int> evaluate, int fallback)
    {
        var saved = Alive;
        Alive = D.And(saved, where);
        int result = Alive == D.False ? fallback : evaluate();
        Alive = D.And(saved, D.Not(Faulted));
        return result;
    }

    private IOperation BodyOf(IMethodSymbol method, IOperation? site)
    {
        if (_bodies.TryGetValue(method, out var body)) return body;
        var location = site?.Syntax.GetLocation() ?? (method.Locations.Length > 0 ? method.Locations[0] : null);
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, _programType.OriginalDefinition) && !IsSharedHelper(method)
            || method.DeclaringSyntaxReferences.Length == 0)
            throw new UnsupportedException(Unsupported, location, $"'{Display(method)}'", CallableMethods);
        if (method.IsGenericMethod || method.IsAsync || method.MethodKind is not (MethodKind.Ordinary or MethodKind.PropertyGet))
            throw new UnsupportedException(Unsupported, location, $"'{Display(method)}'", "generic, async, local and special methods cannot be inlined");
        foreach (var parameter in method.Parameters)
            if (parameter.RefKind != RefKind.None)
                throw new UnsupportedException(Unsupported, location, $"'{parameter.RefKind.ToString().ToLowerInvariant()}' parameter '{parameter.Name}'", "inlined methods take their parameters by value");
        var operation = MethodBodies.For(_compilation).Get(method, _cancellation);
        if (operation is null)
            throw new UnsupportedException(Unsupported, location, $"'{Display(method)}'", "the method has no body to evaluate");
        _bodies[method] = operation;
        return operation;
    }

    private static UnsupportedException NotSupported(IOperation operation, string construct, string reason) =>
        new(Unsupported, operation.Syntax.GetLocation(), $"'{construct}'", reason);

    public static string Display(ISymbol symbol) =>
        (symbol.ContainingType is { } type ? type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "." : "") + symbol.Name;

    /// <summary>The failure an operation may end a path with; built once per operation (loops evaluate it again and again).</summary>
    private Failure FailureAt(IOperation operation, DiagnosticDescriptor descriptor, Func<string> message)
    {
        if (_failures.TryGetValue((operation, descriptor.Id), out var known)) return known;
        var failure = new Failure(descriptor, message(), operation.Syntax.GetLocation());
        _failures[(operation, descriptor.Id)] = failure;
        return failure;
    }
}
