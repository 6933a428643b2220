using System.Collections.Generic;
using System.Collections.Immutable;
using Alta.Generators.Evaluate.Diagrams;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Evaluate.Operations;

internal sealed partial class SymbolicExecutor
{
    /// <summary>Executes a statement on the paths of <see cref="Alive"/>. A construct outside the subset is recorded
    /// in <see cref="Rejected"/> and its statement skipped, so every rejected statement is reported, not just the first.</summary>
    public void Execute(IOperation statement)
    {
        if (Alive == D.False) return;
        _cancellation.ThrowIfCancellationRequested();
        try
        {
            ExecuteCore(statement);
        }
        catch (UnsupportedException e)
        {
            Reject(e);
        }
    }

    private void ExecuteCore(IOperation statement)
    {
        switch (statement)
        {
            case IBlockOperation block:
                foreach (var inner in block.Operations) Execute(inner);
                break;
            case IMethodBodyOperation body:
                Execute((IOperation?)body.BlockBody ?? body.ExpressionBody!);
                break;
            case IExpressionStatementOperation expression:
                Consume(Evaluate(expression.Operation));
                break;
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations) Declare(declaration);
                break;
            case IConditionalOperation conditional:
                If(conditional);
                break;
            case ILoopOperation loop:
                Loop(loop);
                break;
            case ISwitchOperation @switch:
                Switch(@switch);
                break;
            case IBranchOperation branch:
                Branch(branch);
                break;
            case IReturnOperation @return:
                Return(@return);
                break;
            case IThrowOperation:
                Consume(Evaluate(statement));
                break;
            case IEmptyOperation:
                break;
            case ILocalFunctionOperation:
                throw NotSupported(statement, "local function", "move it into a method of the class");
            case ITryOperation:
                throw NotSupported(statement, "try", "exceptions are not part of the build-time subset; use throw to mark impossible paths");
            case ILockOperation:
                throw NotSupported(statement, "lock", "an ALTA program has no shared state to lock");
            case IUsingOperation:
            case IUsingDeclarationOperation:
                throw NotSupported(statement, "using", "there are no resources to dispose at build time");
            case ILabeledOperation:
                throw NotSupported(statement, "label", "use if, switch and loops instead of goto");
            default:
                throw NotSupported(statement, StatementName(statement), "the build-time subset is listed in docs/language.md, \"What the MLP may contain\"");
        }
    }

    private static string StatementName(IOperation statement) => statement.Syntax.ToString() is var text && text.Length <= 40
        ? text
        : text.Substring(0, 37) + "...";

    private void Declare(IVariableDeclarationOperation declaration)
    {
        foreach (var declarator in declaration.Declarators)
        {
            var initializer = declarator.Initializer ?? declaration.Initializer;
            // Declared even when its initialiser is rejected, so later uses do not report it again.
            _frame.Locals[declarator.Symbol] = D.Constant(Conversions.Default(declarator.Symbol.Type));
            if (initializer is not null) _frame.Locals[declarator.Symbol] = Consume(Evaluate(initializer.Value));
        }
    }

    private void If(IConditionalOperation conditional)
    {
        var condition = Consume(Evaluate(conditional.Condition));
        var entry = Alive;
        Alive = D.And(entry, condition);
        Execute(conditional.WhenTrue);
        var afterTrue = Alive;
        Alive = D.And(D.And(entry, D.Not(condition)), D.Not(Faulted));
        if (conditional.WhenFalse is { } whenFalse) Execute(whenFalse);
        Alive = D.Or(afterTrue, Alive);
    }

    private void Loop(ILoopOperation loop)
    {
        switch (loop)
        {
            case IForLoopOperation @for:
                foreach (var before in @for.Before) Execute(before);
                Iterate(loop, @for.Condition, true, @for.AtLoopBottom, null);
                break;
            case IWhileLoopOperation @while:
                if (@while.IgnoredCondition is not null || @while.ConditionIsUntil)
                    throw NotSupported(loop, "until loop", "use while or do-while");
                Iterate(loop, @while.Condition, @while.ConditionIsTop, ImmutableArray<IOperation>.Empty, null);
                break;
            case IForEachLoopOperation forEach:
                ForEach(forEach);
                break;
            default:
                throw NotSupported(loop, StatementName(loop), "only for, while, do and foreach loops are supported");
        }
    }

    /// <summary>Runs a loop one iteration at a time on every path still inside it, until none is.</summary>
    private void Iterate(ILoopOperation loop, IOperation? condition, bool testFirst, ImmutableArray<IOperation> atBottom, System.Func<int, int>? beforeBody)
    {
        int exit = D.False;
        int iterations = 0;
        while (true)
        {
            if (condition is not null && (testFirst || iterations > 0))
            {
                var test = Consume(Evaluate(condition));
                exit = D.Or(exit, D.And(Alive, D.Not(test)));
                Alive = D.And(Alive, test);
            }
            if (beforeBody is not null)
            {
                var inRange = beforeBody(iterations);
                exit = D.Or(exit, D.And(Alive, D.Not(inRange)));
                Alive = D.And(Alive, inRange);
            }
            if (Alive == D.False) break;
            if (iterations == LoopCap)
            {
                FailAll(FailureAt(loop, EvaluationDiagnostics.LoopCap, () => LoopCap.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                break;
            }
            iterations++;
            _cancellation.ThrowIfCancellationRequested();
            _frame.Pending[loop.ContinueLabel] = D.False;
            _frame.Pending[loop.ExitLabel] = D.False;
            Execute(loop.Body);
            Alive = D.Or(Alive, _frame.Pending[loop.ContinueLabel]);
            exit = D.Or(exit, _frame.Pending[loop.ExitLabel]);
            foreach (var bottom in atBottom) Execute(bottom);
        }
        if (iterations > MostIterations) MostIterations = iterations;
        Alive = exit;
    }

    private void ForEach(IForEachLoopOperation loop)
    {
        var reference = Consume(Evaluate(Unwrap(loop.Collection)));
        var collection = Contents(reference);
        int longest = 0;
        foreach (var leaf in D.Leaves(collection))
        {
            var value = D.ValueOf(leaf);
            if (value.Kind == ValueKind.Array) longest = System.Math.Max(longest, value.Elements!.Length);
            else if (!value.IsError)
                throw NotSupported(loop.Collection, "foreach over " + loop.Collection.Type?.ToDisplayString(), "foreach runs over arrays and IndexSet.Elements()");
        }
        if (loop.LoopControlVariable is not IVariableDeclaratorOperation declarator)
            throw NotSupported(loop, "foreach with deconstruction", "declare one loop variable");
        var type = declarator.Symbol.Type;
        var failure = FailureAt(loop, EvaluationDiagnostics.ConversionOverflow, () => declarator.Syntax.ToString());
        Iterate(loop, null, true, ImmutableArray<IOperation>.Empty, k =>
        {
            if (k >= longest) return D.False;
            // C# reads element k when the iteration starts, so a write by an earlier iteration is seen (the length is fixed).
            if (k > 0) collection = Contents(reference);
            var inRange = D.Test(collection, v => v.Kind == ValueKind.Array && v.Elements!.Length > k);
            _frame.Locals[declarator.Symbol] = D.Apply(collection, v =>
                v.Kind == ValueKind.Array && v.Elements!.Length > k ? Conversions.Convert(v.Elements[k], type, false, failure, failure) : Value.Null);
            return inRange;
        });
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
        return operation;
    }

    private void Switch(ISwitchOperation @switch)
    {
        var value = Consume(Evaluate(@switch.Value));
        var entry = Alive;
        int matched = D.False, exit = D.False;
        _frame.Pending[@switch.ExitLabel] = D.False;
        ISwitchCaseOperation? defaultCase = null;
        foreach (var section in @switch.Cases)
        {
            int condition = D.False;
            foreach (var clause in section.Clauses)
            {
                Alive = D.And(D.And(entry, D.Not(matched)), D.Not(Faulted));
                switch (clause)
                {
                    case IDefaultCaseClauseOperation:
                        defaultCase = section;
                        break;
                    case ISingleValueCaseClauseOperation single:
                        condition = D.Or(condition, Equal(value, Consume(Evaluate(single.Value)), @switch.Value.Type));
                        break;
                    case IPatternCaseClauseOperation pattern:
                        var match = Match(pattern.Pattern, value, @switch.Value.Type);
                        if (pattern.Guard is { } guard)
                            match = D.And(match, Narrowed(match, () => Consume(Evaluate(guard)), D.False));
                        condition = D.Or(condition, match);
                        break;
                    case IRelationalCaseClauseOperation relational:
                        condition = D.Or(condition, Compare(relational.Relation, value, Consume(Evaluate(relational.Value)), @switch.Value.Type, clause));
                        break;
                    default:
                        throw NotSupported(clause, "case " + clause.CaseKind, "use constant, relational and pattern cases");
                }
            }
            if (ReferenceEquals(section, defaultCase) && section.Clauses.Length == 1) continue;
            var runs = D.And(D.And(D.And(entry, D.Not(matched)), condition), D.Not(Faulted));
            matched = D.Or(matched, condition);
            Alive = runs;
            foreach (var statement in section.Body) Execute(statement);
            exit = D.Or(exit, Alive);
        }
        if (defaultCase is not null)
        {
            Alive = D.And(D.And(entry, D.Not(matched)), D.Not(Faulted));
            foreach (var statement in defaultCase.Body) Execute(statement);
            exit = D.Or(exit, Alive);
        }
        else exit = D.Or(exit, D.And(D.And(entry, D.Not(matched)), D.Not(Faulted)));
        Alive = D.Or(exit, _frame.Pending[@switch.ExitLabel]);
    }

    private void Branch(IBranchOperation branch)
    {
        if (branch.BranchKind is BranchKind.Break or BranchKind.Continue && _frame.Pending.TryGetValue(branch.Target, out var pending))
        {
            _frame.Pending[branch.Target] = D.Or(pending, Alive);
            Alive = D.False;
            return;
        }
        throw NotSupported(branch, "goto", "use if, switch and loops instead of goto");
    }

    private void Return(IReturnOperation @return)
    {
        if (@return.ReturnedValue is { } returned)
        {
            var value = Consume(Evaluate(returned));
            _frame.ReturnValue = _frame.Returned == D.False ? value : D.Ite(Alive, value, _frame.ReturnValue);
        }
        _frame.Returned = D.Or(_frame.Returned, Alive);
        Alive = D.False;
    }

    /// <summary>Assigns a local under the current paths (a merge with its old value where paths differ).</summary>
    private void AssignLocal(ISymbol local, int value)
    {
        if (Alive == D.True || !_frame.Locals.TryGetValue(local, out var old)) _frame.Locals[local] = value;
        else _frame.Locals[local] = D.Ite(Alive, value, old);
    }
}
