using System;
using System.Linq;
using Alta.Generators.Evaluate.Diagrams;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Alta.Generators.Evaluate.Operations;

/// <summary>
/// Once a run met an unsupported construct, the build fails, and the user should see every other one too, not
/// fix them one rebuild at a time. The run itself stops at the first construct of a statement and never enters
/// the statements under a rejected condition, so a sweep then visits every operation of every method the run
/// entered and tries each construct on its own. Nothing it computes is used: the evaluation is already rejected.
/// </summary>
internal sealed partial class SymbolicExecutor
{
    private void SweepRejectedMethods()
    {
        var swept = new System.Collections.Generic.HashSet<IOperation>();
        // No path runs during the sweep: calls check their target but do not enter it (the sweep visits it itself).
        Alive = D.False;
        while (_bodies.Values.FirstOrDefault(b => !swept.Contains(b)) is { } body)
        {
            swept.Add(body);
            _frame = new Frame(null, D.False, D.Constant(Value.Null));
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (!MayBeRejectedAlone(operation)) continue;
                _cancellation.ThrowIfCancellationRequested();
                try
                {
                    if (IsStatement(operation)) ExecuteCore(operation);
                    else Evaluate(operation);
                }
                catch (UnsupportedException e)
                {
                    Reject(e);
                }
                catch (Exception e) when (e is not OperationCanceledException and not ExplorationCapException)
                {
                    // A construct taken out of its context may not evaluate; the sweep only looks for unsupported ones.
                }
            }
        }
        Rejected.Sort((a, b) => string.CompareOrdinal(a.Location?.SourceTree?.FilePath, b.Location?.SourceTree?.FilePath) is var byFile and not 0
            ? byFile : (a.Location?.SourceSpan.Start ?? 0).CompareTo(b.Location?.SourceSpan.Start ?? 0));
    }

    /// <summary>The operations that can be outside the subset on their own (the rest are parts of these, or
    /// statements whose parts are visited one by one).</summary>
    private static bool MayBeRejectedAlone(IOperation operation) => operation switch
    {
        IBranchOperation branch => branch.BranchKind == BranchKind.GoTo,
        ITupleOperation { Parent: IDeconstructionAssignmentOperation } => false, // part of the deconstruction, reported with it
        _ when IsThrown(operation) => false,                                      // throw only marks its path impossible
        IConversionOperation { IsImplicit: true } conversion when IsForEachCollection(conversion) => false, // foreach unwraps these
        _ when IsStatement(operation) => true,
        IInvocationOperation or IPropertyReferenceOperation or IFieldReferenceOperation or IObjectCreationOperation
            or IInterpolatedStringOperation or IAnonymousFunctionOperation or IDelegateCreationOperation or ITupleOperation
            or IDeconstructionAssignmentOperation or IConditionalAccessOperation or IConversionOperation or IBinaryOperation
            or IUnaryOperation or ICompoundAssignmentOperation or IIncrementOrDecrementOperation or IArrayCreationOperation
            or ISimpleAssignmentOperation => true,
        _ => false,
    };

    private static bool IsThrown(IOperation operation)
    {
        while (operation.Parent is IConversionOperation { IsImplicit: true } outer) operation = outer;
        return operation.Parent is IThrowOperation;
    }

    private static bool IsForEachCollection(IOperation operation)
    {
        while (operation.Parent is IConversionOperation { IsImplicit: true } outer) operation = outer;
        return operation.Parent is IForEachLoopOperation loop && ReferenceEquals(loop.Collection, operation);
    }

    private static bool IsStatement(IOperation operation) =>
        operation is ITryOperation or ILockOperation or IUsingOperation or IUsingDeclarationOperation or ILabeledOperation
            or ILocalFunctionOperation or IBranchOperation;
}
