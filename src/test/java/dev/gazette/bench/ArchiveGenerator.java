package dev.gazette.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a raw archive of N articles for benchmarks: the BBC corpus texts (cycled, with a
 * sentence varied per copy so no two files are equal) under dated file names, some with a
 * {@code date YYYY-MM-DD} header instead. Without the corpus, a deterministic synthetic text is
 * used. Usage: {@code ArchiveGenerator N OUT_DIR [CORPUS_DIR]}.
 */
public final class ArchiveGenerator {
  private ArchiveGenerator() {}

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Path corpus = args.length > 2 ? Path.of(args[2]) : Path.of("../shared/corpus/bbc");
    write(n, out, corpus);
  }

  public static void write(int n, Path out, Path corpus) throws IOException {
    List<byte[]> texts = new ArrayList<>();
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> s = Files.walk(corpus)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".txt")
            && !f.getFileName().toString().equals("README.TXT")).sorted().toList()) {
          texts.add(Files.readAllBytes(p));
        }
      }
    }
    Random random = new Random(42);
    if (texts.isEmpty()) {
      for (int i = 0; i < 200; i++) {
        texts.add(synthetic(random, i).getBytes(StandardCharsets.UTF_8));
      }
    }
    Files.createDirectories(out);
    LocalDate start = LocalDate.of(2004, 1, 1);
    for (int i = 0; i < n; i++) {
      LocalDate date = start.plusDays((long) i * 1826 / Math.max(1, n));
      byte[] text = texts.get(i % texts.size());
      String variant = "\n\nArchive note " + i + ": filed in the " + (i % 7 == 0 ? "morning"
          : "evening") + " edition.\n";
      Path dir = out.resolve(String.valueOf(date.getYear()));
      Files.createDirectories(dir);
      if (i % 3 == 0) {
        byte[] header = ("date " + date + " ").getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(String.format("a%06d.txt", i)),
            concat(header, text, variant.getBytes(StandardCharsets.UTF_8)));
      } else {
        Files.write(dir.resolve(String.format("%s-a%06d.txt", date, i)),
            concat(new byte[0], text, variant.getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b, byte[] c) {
    byte[] all = new byte[a.length + b.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    System.arraycopy(c, 0, all, a.length + b.length, c.length);
    return all;
  }

  private static String synthetic(Random r, int i) {
    String[] names = {"Prime Minister Jane Hale", "Northfield Council", "River Authority",
        "Professor Amir Khan", "Eastport Harbour", "the Central Bank", "Coach Maria Silva"};
    String[] verbs = {"announced", "rejected", "welcomed", "questioned", "delayed", "approved"};
    StringBuilder b = new StringBuilder();
    b.append(names[i % names.length].replace("the ", "The ")).append(" ")
        .append(verbs[i % verbs.length]).append(" plan ").append(i).append("\n\n");
    for (int p = 0; p < 8; p++) {
      for (int s = 0; s < 3; s++) {
        b.append(names[r.nextInt(names.length)]).append(' ').append(verbs[r.nextInt(verbs.length)])
            .append(" the proposal on item ").append(r.nextInt(1000)).append(". ");
      }
      b.append("\n\n");
    }
    return b.toString();
  }
}
