import { queueBench } from "../test/bench/queue-bench";
console.log(JSON.stringify(await queueBench(), null, 2));
