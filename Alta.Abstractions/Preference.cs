namespace Alta
{
    /// <summary>
    /// Which one of several selected positions a categorical head reads (<see cref="AttendAttribute.Prefer"/>).
    /// The choice is compiled exactly into the attention scores by a position-dependent term, so the softmax
    /// stays one-hot; it needs the program's <c>MaxLength</c>.
    /// </summary>
    public enum Preference
    {
        /// <summary>No preference: selecting two or more positions is a program error.</summary>
        None = 0,

        /// <summary>The selected position nearest to the reading one (smallest <c>|j - i|</c>); of two at the same
        /// distance, the earlier one (<c>j &lt; i</c>).</summary>
        Nearest = 1,

        /// <summary>The selected position with the largest index <c>j</c>.</summary>
        Latest = 2,

        /// <summary>The selected position with the smallest index <c>j</c>.</summary>
        Earliest = 3,
    }
}
