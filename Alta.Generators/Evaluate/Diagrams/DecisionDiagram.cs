using System;
using System.Collections.Generic;
using System.Threading;

namespace Alta.Generators.Evaluate.Diagrams;

/// <summary>
/// Reduced, ordered, hash-consed multi-valued decision diagrams whose leaves are <see cref="Value"/>s.
/// Every local and field of the program under evaluation holds one node: a function of the variables read.
/// A node tests one diagram variable (its level in the chosen order) and has one child per value index;
/// nodes whose children are all equal are never built, and equal nodes are shared, so two functions are
/// equal exactly when their ids are.
/// </summary>
internal sealed class DecisionDiagram
{
    private const int Leaf = int.MaxValue;

    private readonly List<int> _level = new();
    private readonly List<int[]?> _children = new();
    private readonly List<Value?> _values = new();
    private readonly Dictionary<NodeKey, int> _unique = new();
    private readonly Dictionary<Value, int> _leaves = new();
    private readonly Dictionary<int, bool> _hasError = new();
    private readonly int[] _sizes;
    private readonly int[] _levelOf;
    private readonly int[] _variableAt;
    private readonly CancellationToken _cancellation;
    private readonly int _maxNodes;
    private int _steps;

    /// <param name="sizes">The number of values of each diagram variable.</param>
    /// <param name="order">The variables, top level first (a permutation of 0..sizes-1).</param>
    public DecisionDiagram(int[] sizes, int[] order, int maxNodes, CancellationToken cancellation)
    {
        _sizes = sizes;
        _variableAt = order;
        _levelOf = new int[sizes.Length];
        for (int level = 0; level < order.Length; level++) _levelOf[order[level]] = level;
        _maxNodes = maxNodes;
        _cancellation = cancellation;
        True = Constant(Value.True);
        False = Constant(Value.False);
    }

    /// <summary>The build's cancellation, for loops over this diagram elsewhere.</summary>
    public CancellationToken Cancellation => _cancellation;

    public int True { get; }
    public int False { get; }

    public int NodeCount => _level.Count;

    public int VariableCount => _sizes.Length;

    public int SizeOf(int variable) => _sizes[variable];

    public bool IsLeaf(int node) => _level[node] == Leaf;

    public Value ValueOf(int node) => _values[node]!;

    /// <summary>The diagram variable tested by an inner node.</summary>
    public int VariableOf(int node) => _variableAt[_level[node]];

    public int[] ChildrenOf(int node) => _children[node]!;

    public int Constant(Value value)
    {
        if (_leaves.TryGetValue(value, out var id)) return id;
        id = Add(Leaf, null, value);
        _leaves.Add(value, id);
        return id;
    }

    /// <summary>The function "variable's value index k gives <paramref name="valueOf"/>(k)".</summary>
    public int Variable(int variable, Func<int, Value> valueOf)
    {
        var children = new int[_sizes[variable]];
        for (int k = 0; k < children.Length; k++) children[k] = Constant(valueOf(k));
        return Make(_levelOf[variable], children);
    }

    // Leaf operands (all of concrete evaluation, most of symbolic) skip the memo table.
    /// <summary>The node testing <paramref name="variable"/> with these children (reduced and shared like every node).</summary>
    public int Node(int variable, int[] children) => Make(_levelOf[variable], children);

    public int Apply(int a, Func<Value, Value> op)
    {
        if (IsLeaf(a)) return Constant(op(ValueOf(a)));
        var memo = new Dictionary<int, int>();
        return Apply1(a, op, memo);
    }

    public int Apply(int a, int b, Func<Value, Value, Value> op)
    {
        if (IsLeaf(a) && IsLeaf(b)) return Constant(op(ValueOf(a), ValueOf(b)));
        var memo = new Dictionary<long, int>();
        return Apply2(a, b, op, memo);
    }

    public int Apply(int a, int b, int c, Func<Value, Value, Value, Value> op)
    {
        if (IsLeaf(a) && IsLeaf(b) && IsLeaf(c)) return Constant(op(ValueOf(a), ValueOf(b), ValueOf(c)));
        var memo = new Dictionary<(int, int, int), int>();
        return Apply3(a, b, c, op, memo);
    }

    /// <summary>If-then-else on a boolean (or error) diagram: errors of the condition propagate.</summary>
    public int Ite(int condition, int then, int otherwise)
    {
        if (condition == True) return then;
        if (condition == False) return otherwise;
        if (then == otherwise && !HasError(condition)) return then;
        var memo = new Dictionary<(int, int, int), int>();
        return IteCore(condition, then, otherwise, memo);
    }

    public int And(int a, int b)
    {
        if (a == False || b == False) return False;
        if (a == True) return b;
        if (b == True || a == b) return a;
        // false wins over an error: a mask that excludes a path never lets that path's error in.
        return Apply(a, b, static (x, y) => IsFalse(x) || IsFalse(y) ? Value.False : x.IsError ? x : y.IsError ? y : Value.True);
    }

    public int Or(int a, int b)
    {
        if (a == True || b == True) return True;
        if (a == False) return b;
        if (b == False || a == b) return a;
        return Apply(a, b, static (x, y) => IsTrue(x) || IsTrue(y) ? Value.True : x.IsError ? x : y.IsError ? y : Value.False);
    }

    private static bool IsFalse(Value v) => v.Kind == ValueKind.Bool && !v.AsBool;

    private static bool IsTrue(Value v) => v.Kind == ValueKind.Bool && v.AsBool;

    public int Not(int a) =>
        a == True ? False : a == False ? True : Apply(a, static x => x.IsError ? x : Value.Bool(!x.AsBool));

    /// <summary>The boolean diagram "the leaf satisfies <paramref name="test"/>".</summary>
    public int Test(int a, Func<Value, bool> test) => Apply(a, x => Value.Bool(test(x)));

    /// <summary>Whether any leaf under <paramref name="node"/> is an error (cached: it is asked on every statement).</summary>
    public bool HasError(int node)
    {
        if (IsLeaf(node)) return ValueOf(node).IsError;
        if (_hasError.TryGetValue(node, out var known)) return known;
        bool result = false;
        foreach (var leaf in Leaves(node))
            if (ValueOf(leaf).IsError) { result = true; break; }
        _hasError[node] = result;
        return result;
    }

    /// <summary>The distinct leaves reachable from <paramref name="node"/>.</summary>
    public List<int> Leaves(int node)
    {
        var seen = new HashSet<int>();
        var leaves = new List<int>();
        var stack = new Stack<int>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (!seen.Add(n)) continue;
            if (IsLeaf(n)) leaves.Add(n);
            else foreach (var c in _children[n]!) stack.Push(c);
        }
        return leaves;
    }

    /// <summary>The value for one assignment of value indices (per diagram variable).</summary>
    public Value Evaluate(int node, IReadOnlyList<int> assignment)
    {
        while (!IsLeaf(node)) node = _children[node]![assignment[VariableOf(node)]];
        return ValueOf(node);
    }

    private int Apply1(int a, Func<Value, Value> op, Dictionary<int, int> memo)
    {
        if (IsLeaf(a)) return Constant(op(ValueOf(a)));
        if (memo.TryGetValue(a, out var done)) return done;
        var source = _children[a]!;
        var children = new int[source.Length];
        for (int k = 0; k < source.Length; k++) children[k] = Apply1(source[k], op, memo);
        var result = Make(_level[a], children);
        memo.Add(a, result);
        return result;
    }

    private int Apply2(int a, int b, Func<Value, Value, Value> op, Dictionary<long, int> memo)
    {
        int la = _level[a], lb = _level[b];
        if (la == Leaf && lb == Leaf) return Constant(op(ValueOf(a), ValueOf(b)));
        long key = ((long)a << 32) | (uint)b;
        if (memo.TryGetValue(key, out var done)) return done;
        int top = Math.Min(la, lb);
        var children = new int[_sizes[_variableAt[top]]];
        for (int k = 0; k < children.Length; k++)
            children[k] = Apply2(la == top ? _children[a]![k] : a, lb == top ? _children[b]![k] : b, op, memo);
        var result = Make(top, children);
        memo.Add(key, result);
        return result;
    }

    private int Apply3(int a, int b, int c, Func<Value, Value, Value, Value> op, Dictionary<(int, int, int), int> memo)
    {
        int la = _level[a], lb = _level[b], lc = _level[c];
        if (la == Leaf && lb == Leaf && lc == Leaf) return Constant(op(ValueOf(a), ValueOf(b), ValueOf(c)));
        if (memo.TryGetValue((a, b, c), out var done)) return done;
        int top = Math.Min(la, Math.Min(lb, lc));
        var children = new int[_sizes[_variableAt[top]]];
        for (int k = 0; k < children.Length; k++)
            children[k] = Apply3(
                la == top ? _children[a]![k] : a,
                lb == top ? _children[b]![k] : b,
                lc == top ? _children[c]![k] : c, op, memo);
        var result = Make(top, children);
        memo.Add((a, b, c), result);
        return result;
    }

    private int IteCore(int c, int a, int b, Dictionary<(int, int, int), int> memo)
    {
        if (c == True) return a;
        if (c == False) return b;
        int lc = _level[c];
        if (lc == Leaf) return c; // an error leaf: the condition itself failed
        if (memo.TryGetValue((c, a, b), out var done)) return done;
        int la = _level[a], lb = _level[b];
        int top = Math.Min(lc, Math.Min(la, lb));
        var children = new int[_sizes[_variableAt[top]]];
        for (int k = 0; k < children.Length; k++)
            children[k] = IteCore(
                lc == top ? _children[c]![k] : c,
                la == top ? _children[a]![k] : a,
                lb == top ? _children[b]![k] : b, memo);
        var result = Make(top, children);
        memo.Add((c, a, b), result);
        return result;
    }

    private int Make(int level, int[] children)
    {
        int first = children[0];
        bool same = true;
        for (int k = 1; k < children.Length && same; k++) same = children[k] == first;
        if (same) return first;
        var key = new NodeKey(level, children);
        if (_unique.TryGetValue(key, out var id)) return id;
        id = Add(level, children, null);
        _unique.Add(key, id);
        return id;
    }

    private int Add(int level, int[]? children, Value? value)
    {
        if ((++_steps & 1023) == 0) _cancellation.ThrowIfCancellationRequested();
        if (_level.Count >= _maxNodes) throw new ExplorationCapException(_maxNodes);
        _level.Add(level);
        _children.Add(children);
        _values.Add(value);
        return _level.Count - 1;
    }

    private readonly struct NodeKey : IEquatable<NodeKey>
    {
        private readonly int _level;
        private readonly int[] _children;
        private readonly int _hash;

        public NodeKey(int level, int[] children)
        {
            _level = level;
            _children = children;
            int hash = level * 16777619;
            foreach (var c in children) hash = unchecked(hash * 31 + c);
            _hash = hash;
        }

        public bool Equals(NodeKey other)
        {
            if (other._hash != _hash || other._level != _level || other._children.Length != _children.Length) return false;
            for (int k = 0; k < _children.Length; k++)
                if (other._children[k] != _children[k]) return false;
            return true;
        }

        public override bool Equals(object? obj) => obj is NodeKey other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}

/// <summary>The diagram grew past its node budget: the program is too big to explore.</summary>
internal sealed class ExplorationCapException : Exception
{
    public ExplorationCapException(int nodes) : base($"the exploration passed {nodes} decision-diagram nodes") => Nodes = nodes;

    public int Nodes { get; }
}
