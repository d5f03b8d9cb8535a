// SAMPLE TEXT WRITTEN FOR THIS LIBRARY, NOT A REAL POLICY DOCUMENT. Made up in the style of a
// national technology plan so that the demo has something to count; it quotes no real text.
export const sampleEn = `Outline for the Development of Intelligent Systems (sample)

Artificial intelligence is now a strategic technology that bears on national security and on the daily life of every citizen. We must seize the opportunity while guarding against new risks to security.

By 2030 the country will have a complete framework for the safety of intelligent systems, with standards for data security, cyber security and product safety. Cybersecurity reviews will cover all key algorithms.

Intelligent technology shall serve economic growth, public welfare and national defense. Civil and military research will share results where national defence needs allow.

Security is the precondition of development. All departments shall weigh national security in every major decision, and shall report serious security incidents without delay.
`;
