package dev.verdict.cli;

import dev.verdict.core.InvalidInputException;
import dev.verdict.validation.SplitMethod;
import dev.verdict.validation.SplitOptions;
import dev.verdict.validation.SplitResult;
import dev.verdict.validation.Splitter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verdict split}: writes the input rows with a fold column. */
@Command(name = "split", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Assigns every row of a data file to a cross-validation fold and writes the rows, in their "
                + "original order, with a fold column (0..k-1) added. Fold sizes follow scikit-learn 1.2.1's KFold, "
                + "StratifiedKFold, GroupKFold and TimeSeriesSplit; see docs/validation.md.",
            "time: fold f is the f-th test block in time order; its training rows are the rows before the block "
                + "minus the --gap rows just before it; rows before the first block get fold -1 (train only)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "2:invalid input (file, column or option); the reason is on stderr",
            "3:internal error (a bug: please report it with the stack trace)"})
final class SplitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "<file>",
            description = "The input file (.csv, .tsv, .parquet, .jsonl, .ndjson, .json).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "<file>",
            description = "The output file; its extension chooses the format (.csv, .tsv, .parquet, .jsonl).")
    Path out;

    @Option(names = "--method", defaultValue = "kfold", paramLabel = "<method>",
            description = "kfold, stratified (needs --label), group (needs --group) or time (forward chaining; "
                    + "--time orders the rows, else file order). Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--k", defaultValue = "5", paramLabel = "<k>", description = "Number of folds. Default: "
            + "${DEFAULT-VALUE}.")
    int k;

    @Option(names = "--label", paramLabel = "<column>", description = "Class column for --method stratified.")
    String label;

    @Option(names = "--group", paramLabel = "<column>", description = "Group column (user, session) for --method "
            + "group: a group never straddles folds.")
    String group;

    @Option(names = "--time", paramLabel = "<column>", description = "Time column for --method time (ties keep "
            + "file order).")
    String time;

    @Option(names = "--gap", defaultValue = "0", paramLabel = "<rows>", description = "Rows left out between "
            + "training and each test block (--method time). Default: ${DEFAULT-VALUE}.")
    int gap;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "<seed>", description = "Shuffling seed (kfold, "
            + "stratified); the same seed gives the same folds. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--no-shuffle", description = "kfold/stratified without shuffling: exactly scikit-learn's "
            + "unshuffled folds.")
    boolean noShuffle;

    @Option(names = "--fold-column", defaultValue = "fold", paramLabel = "<name>", description = "Name of the added "
            + "column. Default: ${DEFAULT-VALUE}.")
    String foldColumn;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            SplitResult r = Splitter.run(new SplitOptions(data, out, SplitMethod.parse(method), k, label, group, time,
                    gap, seed, !noShuffle, foldColumn));
            for (String w : r.warnings()) {
                err.println("verdict: warning: " + w);
            }
            err.flush();
            StringBuilder sizes = new StringBuilder();
            for (int f = 0; f < r.foldSizes().length; f++) {
                sizes.append(f == 0 ? "" : ", ").append(f).append(": ").append(r.foldSizes()[f]);
            }
            o.println("wrote " + r.rows() + " rows to " + out + " with column " + foldColumn);
            o.println("test rows per fold: " + sizes + (r.trainOnly() > 0 ? "; train only (fold -1): "
                    + r.trainOnly() : ""));
            o.flush();
            return 0;
        } catch (InvalidInputException e) {
            return Main.invalid(err, e.getMessage());
        }
    }
}
