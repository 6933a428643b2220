using System.Collections.Generic;
using Alta.Generators.Spec;

namespace Alta.Generators.Compile.FeedForward;

/// <summary>
/// Small ids for atoms, so that a rule's atoms are a short list of ints: equal atoms get equal ids. The evaluator hands
/// many rules the same atom instances, so an atom is looked up by reference first, which spares hashing its values
/// (natural SUBLEQ's 25,872 rules of <c>Mem</c>: a third of the merger's time went to hashing).
/// </summary>
internal sealed class AtomIds
{
    private readonly Dictionary<Atom, int> _ids = new();
    private readonly Dictionary<Atom, int> _byReference = new(SameInstance.Comparer);

    public int Count => _ids.Count;

    public int Of(Atom atom)
    {
        if (_byReference.TryGetValue(atom, out var id)) return id;
        if (!_ids.TryGetValue(atom, out id)) _ids[atom] = id = _ids.Count;
        return _byReference[atom] = id;
    }

    private sealed class SameInstance : IEqualityComparer<Atom>
    {
        public static readonly SameInstance Comparer = new();

        public bool Equals(Atom? x, Atom? y) => ReferenceEquals(x, y);

        public int GetHashCode(Atom obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
