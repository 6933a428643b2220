namespace Alta
{
    /// <summary>What a head computes from the positions it selects (<see cref="AttendAttribute.Aggregate"/>).</summary>
    public enum Aggregation
    {
        /// <summary>Decided by the value's type: a categorical head reads the one selected value, a numerical head the mean.</summary>
        Default = 0,

        /// <summary>
        /// RASP's <c>selector_width</c>: the number of selected positions, a categorical <c>int</c> in
        /// <c>0 .. MaxLength</c> (0 when nothing is selected; never null). The head has no <c>Value</c>; the
        /// program needs a <c>MaxLength</c>, but no BOS token.
        /// </summary>
        Count = 1,
    }
}
